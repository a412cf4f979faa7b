import type { Core, UID } from '@strapi/strapi';
import type { Context } from 'koa';
import { readPage } from './pagination';
import { taxonomyPage } from './taxonomy-page';
import { answerJson } from './read-model/read-pages';

/**
 * The findBySlug action of a topic, condition or benefit: the term, its published articles
 * (paginated with page and pageSize) and, where schema.org has a type for it, JSON-LD.
 */
export const taxonomyFindBySlug = (strapi: Core.Strapi, uid: UID.ContentType) => async (ctx: Context) => {
  const { data, pagination, jsonLd } = await taxonomyPage(strapi, uid, ctx.params.slug, readPage(ctx.query));
  const meta = JSON.stringify({ pagination });
  answerJson(ctx, `{"data":${data},"meta":${jsonLd === null ? meta : `${meta.slice(0, -1)},"jsonLd":${jsonLd}}`}}`);
};
