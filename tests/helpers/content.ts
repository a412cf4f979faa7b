import type { Core } from '@strapi/strapi';
import { contentSignature, type SignedContent } from '../../src/editorial/review/content-signature';
import { paragraph } from '../../src/content-model/rich-text/blocks';
import type { TestApp } from './strapi';

/** A rich-text body of `words` words, for tests that care about length. */
export const bodyOfWords = (words: number, word = 'stride') => [paragraph(Array.from({ length: words }, () => word).join(' '))];

const today = () => new Date().toISOString().slice(0, 10);

/** What the medical-review guard asks of every article before it is published. */
export const reviewAndSources = () => ({
  medicalReview: { reviewerName: 'Priya Test', credentials: 'MCSP, HCPC-registered physiotherapist', reviewedOn: today() },
  sources: [{ title: 'Sports injuries', publisher: 'NHS', url: 'https://www.nhs.uk/conditions/sports-injuries/', year: 2026 }],
});

/**
 * The medical review as a reviewer's sign-off leaves it, bound to this body, these sources and
 * this FAQ. Tests write it on the server's behalf (no request, like the seed); over HTTP only
 * the sign-off route may.
 */
export const signedOffReview = (content: SignedContent, review: Record<string, unknown> = {}) => ({
  ...reviewAndSources().medicalReview,
  signedOffAt: new Date().toISOString(),
  ...review,
  contentSignature: contentSignature(content),
});

/** An article with a body, a source and a sign-off for exactly that content, unless `data` says otherwise. */
export const createArticle = (strapi: Core.Strapi, data: Record<string, unknown>, publish = false) => {
  const content = { body: bodyOfWords(20), sources: reviewAndSources().sources, ...data };
  const review = data.medicalReview;
  const medicalReview =
    review === undefined ? signedOffReview(content) : review === null ? null : signedOffReview(content, review as Record<string, unknown>);
  return strapi.documents('api::article.article').create({
    data: { ...content, medicalReview } as never,
    ...(publish ? { status: 'published' as const } : {}),
  });
};

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

/** Updates the published version of an article over REST, as a client holding `token` would. */
export const updateArticleOverRest = (client: Pick<TestApp, 'http'>, token: string, documentId: string, data: Record<string, unknown>) =>
  client.http().put(`/api/articles/${documentId}?status=published`).set('Authorization', `Bearer ${token}`).send({ data });
