import type { Core, UID } from '@strapi/strapi';
import type { Context } from 'koa';
import { ARTICLE, entryOf } from '../content-model/registry';
import { readPage } from './pagination';
import { sanitizedForPublic } from './published';
import { taxonomyPage } from './taxonomy-page';
import { siteOf, type Site } from './seo/site';

/**
 * The findBySlug action of a topic, condition or benefit: the term, its published articles
 * (paginated with page and pageSize) and, where schema.org has a type for it, JSON-LD.
 */
export const taxonomyFindBySlug =
  <Term extends object>(
    strapi: Core.Strapi,
    uid: UID.ContentType,
    articleRelation: 'topics' | 'conditions' | 'benefits',
    jsonLd?: (term: Term, site: Site) => unknown
  ) =>
  async (ctx: Context) => {
    const page = readPage(ctx.query);
    const { term, articles, pagination } = await taxonomyPage<Term>(
      strapi,
      uid,
      articleRelation,
      ctx.params.slug,
      entryOf(uid)?.pagePopulate ?? {},
      page
    );
    ctx.body = {
      data: {
        ...((await sanitizedForPublic(strapi, uid, term, ctx.state.auth)) as Record<string, unknown>),
        articles: await sanitizedForPublic(strapi, ARTICLE, articles, ctx.state.auth),
      },
      meta: { pagination, ...(jsonLd ? { jsonLd: jsonLd(term, siteOf(strapi)) } : {}) },
    };
  };
