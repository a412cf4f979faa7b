import type { Core } from '@strapi/strapi';
import { nearbyClinics, readNearbyQuery } from '../nearby-clinics';
import { ARTICLE_PAGE_POPULATE } from '../../content-model/page-populate';
import { relatedArticles, readRelatedLimit, type Linked } from '../related-articles';
import { readSearchQuery } from '../search/search-query';
import { siteSearch } from '../search/site-search';
import { articleJsonLd, type ArticlePage } from '../seo/json-ld-article';
import { siteOf } from '../seo/site';
import { ARTICLE } from '../../content-model/registry';
import { documentsOf } from '../../content-model/documents';
import { reviewFacts, reviewPolicyOf } from '../../content-model/review-cycle';

const typeDefs = /* GraphQL */ `
  enum SearchType {
    article
    condition
    benefit
  }

  type SearchHit {
    type: SearchType!
    documentId: ID!
    slug: String!
    title: String!
    "Safe HTML: the text is escaped and only matched words are wrapped in <mark>."
    snippet: String!
    score: Float!
    path: String
  }

  type SearchResults {
    hits: [SearchHit!]!
    pagination: Pagination!
    query: String!
    "The typo-corrected query that was searched when the one given found nothing."
    correctedQuery: String
  }

  type NearbyClinic {
    distanceKm: Float!
    clinic: ClinicLocation!
  }

  "Where an article's medical review stands, as of today."
  type ArticleReview {
    lastReviewed: Date!
    "From this day on the review is overdue."
    nextReviewDue: Date!
    "current, due-soon (within MEDICAL_REVIEW_DUE_SOON_DAYS of the due date) or overdue."
    status: String!
  }

  extend type Article {
    "schema.org JSON-LD for the article page (MedicalWebPage, Article, FAQPage)."
    jsonLd: JSON
    "The medical review cycle: null for an article never reviewed."
    review: ArticleReview
  }

  type Query {
    "A published article by its slug, or null."
    articleBySlug(slug: String!): Article
    "Published articles sharing conditions and topics with this one, best first."
    relatedArticles(slug: String!, limit: Int): [Article!]!
    "Published clinics within radiusKm of a point, nearest first."
    nearbyClinics(lat: Float!, lng: Float!, radiusKm: Float, service: String): [NearbyClinic!]!
    "Ranked search over published articles, conditions and benefits."
    search(q: String!, type: [SearchType!], page: Int, pageSize: Int): SearchResults!
  }
`;

const findArticle = <Shape extends object = Record<string, unknown>>(strapi: Core.Strapi, slug: string, populate?: object) =>
  documentsOf(strapi, ARTICLE).findFirst<Shape>({ status: 'published', filters: { slug }, populate });

// GraphQL hands arguments over typed; the REST readers check query strings, so they get strings.
const asQueryString = (args: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(args).flatMap(([key, value]) =>
      value === undefined || value === null ? [] : [[key, Array.isArray(value) ? value.join(',') : String(value)]]
    )
  );

/**
 * articleBySlug, relatedArticles, nearbyClinics and search: the REST page endpoints in GraphQL.
 * Relations below them are published-only because Strapi counts every Query field as a root
 * whose status nested relations inherit; the tests hold it to that.
 */
export const deliveryQueries = (strapi: Core.Strapi) => ({
  typeDefs,
  resolvers: {
    Query: {
      articleBySlug: (_parent: unknown, { slug }: { slug: string }) => findArticle(strapi, slug),
      relatedArticles: async (_parent: unknown, args: { slug: string; limit?: number }) => {
        const limit = readRelatedLimit(args.limit === undefined || args.limit === null ? undefined : String(args.limit));
        const article = await findArticle<Linked>(strapi, args.slug, {
          topics: { fields: ['documentId'] },
          conditions: { fields: ['documentId'] },
        });
        return article ? relatedArticles(strapi, article, limit) : [];
      },
      nearbyClinics: async (_parent: unknown, args: Record<string, unknown>) => {
        const clinics = await nearbyClinics(strapi, readNearbyQuery(asQueryString(args)));
        return clinics.map((clinic) => ({ distanceKm: clinic.distanceKm, clinic }));
      },
      search: async (_parent: unknown, args: Record<string, unknown>) => {
        const { data, meta } = await siteSearch(strapi, readSearchQuery(asQueryString(args)));
        return { hits: data, pagination: meta.pagination, query: meta.query, correctedQuery: meta.correctedQuery };
      },
    },
    Article: {
      jsonLd: async (article: { documentId: string; publishedAt?: string | null }) => {
        const status = article.publishedAt ? 'published' : 'draft';
        const page = await documentsOf(strapi, ARTICLE).findOne<ArticlePage>({
          documentId: article.documentId,
          status,
          populate: ARTICLE_PAGE_POPULATE,
        });
        return page ? articleJsonLd(page, siteOf(strapi)) : null;
      },
      review: (article: { lastReviewedOn?: string | null; nextReviewDue?: string | null }) => reviewFacts(article, reviewPolicyOf(strapi)),
    },
  },
  resolversConfig: Object.fromEntries(
    ['Query.articleBySlug', 'Query.relatedArticles', 'Query.nearbyClinics', 'Query.search', 'Article.jsonLd', 'Article.review'].map(
      (name) => [name, { auth: false }]
    )
  ),
});
