import type { Core } from '@strapi/strapi';
import { paragraph } from '../../src/rich-text/blocks';

/** A rich-text body of `words` words, for tests that care about length. */
export const bodyOfWords = (words: number, word = 'stride') => [paragraph(Array.from({ length: words }, () => word).join(' '))];

export const createArticle = (strapi: Core.Strapi, data: Record<string, unknown>, publish = false) =>
  strapi.documents('api::article.article').create({
    data: { body: bodyOfWords(20), ...data } as never,
    ...(publish ? { status: 'published' as const } : {}),
  });

export const createTopic = (strapi: Core.Strapi, data: Record<string, unknown>, publish = false) =>
  strapi.documents('api::topic.topic').create({
    data: data as never,
    ...(publish ? { status: 'published' as const } : {}),
  });

/** A full-access API token, the one credential that may read drafts through the content API. */
export const createFullAccessToken = async (strapi: Core.Strapi) => {
  const token = await strapi
    .service('admin::api-token')
    .create({ name: `test-${Date.now()}-${Math.random()}`, type: 'full-access', lifespan: null });
  return token.accessKey as string;
};
