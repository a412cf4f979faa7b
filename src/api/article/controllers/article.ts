import { factories } from '@strapi/strapi';
import { ARTICLE } from '../../../content-model/registry';
import { findPublishedBySlug, findPublishedPage, sanitizedForPublic } from '../../../delivery/published';
import { readRelatedLimit, relatedArticles, type Linked } from '../../../delivery/related-articles';
import { articleJsonLd, type ArticlePage } from '../../../delivery/seo/json-ld-article';
import { siteOf } from '../../../delivery/seo/site';

export default factories.createCoreController(ARTICLE, ({ strapi }) => ({
  /** GET /api/articles/slug/:slug — everything an article page needs, with its JSON-LD. */
  async findBySlug(ctx) {
    const article = await findPublishedPage<ArticlePage>(strapi, ARTICLE, ctx.params.slug);
    ctx.body = {
      data: await sanitizedForPublic(strapi, ARTICLE, article, ctx.state.auth),
      meta: { jsonLd: articleJsonLd(article, siteOf(strapi)) },
    };
  },

  /** GET /api/articles/slug/:slug/related?limit= — what to read next. */
  async related(ctx) {
    const limit = readRelatedLimit(ctx.query.limit);
    const article = await findPublishedBySlug<Linked>(strapi, ARTICLE, ctx.params.slug, {
      topics: { fields: ['documentId'] },
      conditions: { fields: ['documentId'] },
    });
    const related = await relatedArticles(strapi, article, limit);
    ctx.body = { data: await sanitizedForPublic(strapi, ARTICLE, related, ctx.state.auth), meta: { limit } };
  },
}));
