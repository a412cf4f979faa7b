import { factories } from '@strapi/strapi';
import { ARTICLE } from '../../../content-model/registry';
import { findPublishedBySlug, sanitizedForPublic } from '../../../delivery/published';
import { readRelatedLimit, relatedArticles, type Linked } from '../../../delivery/related-articles';
import type { ArticlePage } from '../../../delivery/seo/json-ld-article';
import { isHiddenFromSearchEngines, reviewFacts, reviewPolicyOf, type ReviewDates } from '../../../content-model/review-cycle';
import { answerJson, articleCards, jsonList, storedPage } from '../../../delivery/read-model/read-pages';
import { readCardFilter } from '../../../delivery/read-model/card-filter';
import { readPage } from '../../../delivery/pagination';

export default factories.createCoreController(ARTICLE, ({ strapi }) => ({
  /**
   * GET /api/articles/slug/:slug — everything an article page needs: its JSON-LD, where its
   * medical review stands, and whether search engines are asked to leave it out.
   */
  async findBySlug(ctx) {
    // The page as it was rendered at its publish; only where its review stands depends on today.
    const { page, jsonLd } = await storedPage(strapi, ARTICLE, ctx.params.slug);
    const article = JSON.parse(page) as ArticlePage & ReviewDates;
    const policy = reviewPolicyOf(strapi);
    const review = reviewFacts(article, policy);
    const noIndex = Boolean(article.seo?.noIndex) || isHiddenFromSearchEngines(review, policy);
    const meta = JSON.stringify({ review, robots: noIndex ? 'noindex' : 'index' });
    answerJson(ctx, `{"data":${page},"meta":{"jsonLd":${jsonLd},${meta.slice(1)}}`);
  },

  /** GET /api/articles/cards?page=&pageSize=&topic=|condition= — the newest published articles as the cards of a list. */
  async cards(ctx) {
    const { cards, pagination } = await articleCards(strapi, readPage(ctx.query), readCardFilter(ctx.query));
    answerJson(ctx, `{"data":${jsonList(cards)},"meta":${JSON.stringify({ pagination })}}`);
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
