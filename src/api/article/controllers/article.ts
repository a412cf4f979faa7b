import { factories } from '@strapi/strapi';
import { ARTICLE } from '../../../content-model/registry';
import { findPublishedBySlug, findPublishedPage, sanitizedForPublic } from '../../../delivery/published';
import { readRelatedLimit, relatedArticles, type Linked } from '../../../delivery/related-articles';
import { articleJsonLd, type ArticlePage } from '../../../delivery/seo/json-ld-article';
import { siteOf } from '../../../delivery/seo/site';
import { isHiddenFromSearchEngines, reviewFacts, reviewPolicyOf } from '../../../content-model/review-cycle';

export default factories.createCoreController(ARTICLE, ({ strapi }) => ({
  /**
   * GET /api/articles/slug/:slug — everything an article page needs: its JSON-LD, where its
   * medical review stands, and whether search engines are asked to leave it out.
   */
  async findBySlug(ctx) {
    const article = await findPublishedPage<ArticlePage>(strapi, ARTICLE, ctx.params.slug);
    const policy = reviewPolicyOf(strapi);
    const review = reviewFacts(article, policy);
    const noIndex = Boolean(article.seo?.noIndex) || isHiddenFromSearchEngines(review, policy);
    ctx.body = {
      data: await sanitizedForPublic(strapi, ARTICLE, article, ctx.state.auth),
      meta: { jsonLd: articleJsonLd(article, siteOf(strapi)), review, robots: noIndex ? 'noindex' : 'index' },
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
