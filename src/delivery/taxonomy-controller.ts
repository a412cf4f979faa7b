import type { Core, UID } from '@strapi/strapi';
import type { Context } from 'koa';
import { readPage } from './pagination';
import { taxonomyPage } from './taxonomy-page';

/**
 * The findBySlug action of a topic, condition or benefit: the term, its published articles
 * (paginated with page and pageSize) and, where schema.org has a type for it, JSON-LD.
 */
export const taxonomyFindBySlug = (strapi: Core.Strapi, uid: UID.ContentType) => async (ctx: Context) => {
  const { term, jsonLd, articles, pagination } = await taxonomyPage(strapi, uid, ctx.params.slug, readPage(ctx.query));
  ctx.body = { data: { ...term, articles }, meta: { pagination, ...(jsonLd === undefined ? {} : { jsonLd }) } };
};
