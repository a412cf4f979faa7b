import type { Core } from '@strapi/strapi';
import { missingForPublication, type ReviewableArticle } from '../medical-review';
import { blockText } from '../../content-model/rich-text/block-text';
import type { Block } from '../../content-model/rich-text/blocks';
import { readingTimeMinutes } from '../reading-time/reading-time';
import { loadClaimRules } from './claim-rules';
import { findHealthClaims, type ClaimFinding, type ClaimRule } from './health-claims';
import { nearDuplicates } from './near-duplicates';
import { readability, type Readability } from './readability';
import { ARTICLE } from '../../content-model/registry';

// What search engines show before truncating, and below which the snippet is thin.
const META_DESCRIPTION = { min: 120, max: 160 };

type ArticleRow = ReviewableArticle & {
  documentId: string;
  title: string;
  slug: string;
  publishedAt: string | null;
  body: Block[] | null;
  seo?: { metaDescription?: string | null } | null;
  cover?: { alt?: string | null; image?: unknown } | null;
};

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

const plainText = (article: ArticleRow) => [article.title, ...(article.body ?? []).map(blockText)].join('\n\n');

const missingPieces = (article: ArticleRow, maxAgeMonths: number): string[] => {
  const missing = missingForPublication(article, new Date(), maxAgeMonths);
  const description = article.seo?.metaDescription?.trim() ?? '';
  if (!description) missing.push('an SEO description');
  else if (description.length < META_DESCRIPTION.min || description.length > META_DESCRIPTION.max) {
    missing.push(`an SEO description of ${META_DESCRIPTION.min}-${META_DESCRIPTION.max} characters (it has ${description.length})`);
  }
  if (!article.cover?.image) missing.push('a cover image');
  else if (!article.cover.alt?.trim()) missing.push('alt text for the cover image');
  return missing;
};

// A rule an editor broke is reported, not allowed to sink the whole report.
const usableRules = (rules: ClaimRule[]) => {
  const invalidRules: QualityReport['invalidRules'] = [];
  const usable = rules.filter((rule) => {
    try {
      findHealthClaims('', [rule]);
      return true;
    } catch (error) {
      invalidRules.push({ ruleId: rule.id, error: (error as Error).message });
      return false;
    }
  });
  return { usable, invalidRules };
};

/**
 * Every article as its editors last left it (the draft row, which published documents also
 * have): reading time and readability, what it lacks, health claims to check, and which
 * articles are near-copies of each other.
 */
export const qualityReport = async (strapi: Core.Strapi, options: { documentIds?: string[] } = {}): Promise<QualityReport> => {
  const rows: ArticleRow[] = await strapi.db.query(ARTICLE).findMany({
    where: { publishedAt: null, ...(options.documentIds ? { documentId: { $in: options.documentIds } } : {}) },
    populate: { medicalReview: true, sources: true, seo: true, cover: { populate: { image: true } } },
    orderBy: { title: 'asc' },
  });
  const { usable, invalidRules } = usableRules(await loadClaimRules(strapi));
  const maxAgeMonths = strapi.config.get('editorial.reviewMaxAgeMonths', 12) as number;
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
      missing: missingPieces(row, maxAgeMonths),
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
