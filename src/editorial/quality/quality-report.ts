import type { Core } from '@strapi/strapi';
import { missingForPublication } from '../review/medical-review';
import { reviewPolicyOf, type ReviewPolicy } from '../../content-model/review-cycle';
import { readingTimeMinutes } from '../reading-time/reading-time';
import { loadClaimRules, usableRules } from './claim-rules';
import { ARTICLE_CHECK_POPULATE, plainText, suggestionsFor, type CheckedArticle } from './article-check';
import { findHealthClaims, type ClaimFinding } from './health-claims';
import { nearDuplicates } from './near-duplicates';
import { readability, type Readability } from './readability';
import { ARTICLE } from '../../content-model/registry';

type ArticleRow = CheckedArticle & { slug: string; publishedAt: string | null };

export type ArticleQuality = {
  documentId: string;
  title: string;
  slug: string;
  readingTimeMinutes: number;
  readability: Readability;
  missing: string[];
  healthClaims: ClaimFinding[];
};

export type QualityReport = {
  generatedAt: string;
  articles: ArticleQuality[];
  nearDuplicates: Array<{ a: { documentId: string; title: string }; b: { documentId: string; title: string }; similarity: number }>;
  invalidRules: Array<{ ruleId: string; error: string }>;
};

const missingPieces = (article: ArticleRow, policy: ReviewPolicy): string[] => [
  ...missingForPublication(article, new Date(), policy),
  ...suggestionsFor(article),
];

/**
 * Every article as its editors last left it (the draft row, which published documents also
 * have): reading time and readability, what it lacks, health claims to check, and which
 * articles are near-copies of each other.
 */
export const qualityReport = async (strapi: Core.Strapi, options: { documentIds?: string[] } = {}): Promise<QualityReport> => {
  const rows: ArticleRow[] = await strapi.db.query(ARTICLE).findMany({
    where: { publishedAt: null, ...(options.documentIds ? { documentId: { $in: options.documentIds } } : {}) },
    populate: ARTICLE_CHECK_POPULATE,
    orderBy: { title: 'asc' },
  });
  const { usable, invalidRules } = usableRules(await loadClaimRules(strapi));
  const policy = reviewPolicyOf(strapi);
  const texts = new Map(rows.map((row) => [row.documentId, plainText(row)]));
  const titles = new Map(rows.map((row) => [row.documentId, row.title]));

  return {
    generatedAt: new Date().toISOString(),
    articles: rows.map((row) => ({
      documentId: row.documentId,
      title: row.title,
      slug: row.slug,
      readingTimeMinutes: readingTimeMinutes(row.body),
      readability: readability(texts.get(row.documentId) as string),
      missing: missingPieces(row, policy),
      healthClaims: findHealthClaims(texts.get(row.documentId) as string, usable),
    })),
    nearDuplicates: nearDuplicates([...texts].map(([id, text]) => ({ id, text }))).map(({ a, b, similarity }) => ({
      a: { documentId: a, title: titles.get(a) as string },
      b: { documentId: b, title: titles.get(b) as string },
      similarity,
    })),
    invalidRules,
  };
};
