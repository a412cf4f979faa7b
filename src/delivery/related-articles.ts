import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ARTICLE_CARD } from '../content-model/page-populate';
import { ARTICLE } from '../content-model/registry';
import { documentsOf } from '../content-model/documents';

// Newest candidates considered for ranking: plenty for "read next", bounded at any size.
const CANDIDATE_LIMIT = 200;
// A shared condition says more about what a reader came for than a shared marketing topic.
const WEIGHT = { conditions: 2, topics: 1 } as const;
const LIMIT = { default: 5, max: 20 };

/** How many related articles were asked for, or a 400 when it is not 1 to 20. */
export const readRelatedLimit = (value: unknown) => {
  if (value === undefined || value === '') return LIMIT.default;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > LIMIT.max) {
    throw new errors.ValidationError(`"limit" must be a whole number from 1 to ${LIMIT.max}.`);
  }
  return limit;
};

export type Linked = {
  documentId: string;
  publishedAt: string;
  topics?: Array<{ documentId: string }>;
  conditions?: Array<{ documentId: string }>;
};

/**
 * Published articles that share conditions or topics with this one, best first: weighted
 * count of shared conditions and topics, then the newer one.
 */
export const relatedArticles = async (strapi: Core.Strapi, article: Linked, limit: number) => {
  const topicIds = (article.topics ?? []).map((topic) => topic.documentId);
  const conditionIds = (article.conditions ?? []).map((condition) => condition.documentId);
  if (topicIds.length + conditionIds.length === 0) return [];

  const articles = documentsOf(strapi, ARTICLE);
  const candidates = await articles.findMany<Linked>({
    status: 'published',
    filters: {
      documentId: { $ne: article.documentId },
      $or: [{ topics: { documentId: { $in: topicIds } } }, { conditions: { documentId: { $in: conditionIds } } }],
    },
    fields: ['documentId', 'publishedAt'],
    populate: { topics: { fields: ['documentId'] }, conditions: { fields: ['documentId'] } },
    sort: 'publishedAt:desc',
    limit: CANDIDATE_LIMIT,
  });

  const shared = (ids: string[], linked?: Array<{ documentId: string }>) =>
    (linked ?? []).filter((item) => ids.includes(item.documentId)).length;
  const ranked = candidates
    .map((candidate) => ({
      documentId: candidate.documentId,
      publishedAt: candidate.publishedAt,
      score: WEIGHT.conditions * shared(conditionIds, candidate.conditions) + WEIGHT.topics * shared(topicIds, candidate.topics),
    }))
    .sort((a, b) => b.score - a.score || Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    .slice(0, limit);

  const cards = await articles.findMany({
    status: 'published',
    filters: { documentId: { $in: ranked.map((item) => item.documentId) } },
    ...(ARTICLE_CARD as object),
  });
  const byId = new Map(cards.map((card) => [card.documentId, card]));
  return ranked.map((item) => ({ ...byId.get(item.documentId), relevance: item.score }));
};
