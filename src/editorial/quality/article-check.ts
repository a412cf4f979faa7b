import type { Core } from '@strapi/strapi';
import { ARTICLE } from '../../content-model/registry';
import { absoluteUrl, pagePath } from '../../content-model/page-paths';
import { blockText } from '../../content-model/rich-text/block-text';
import { splitSentences } from '../../content-model/rich-text/sentences';
import { siteOf } from '../../delivery/seo/site';
import { missingForPublication } from '../review/medical-review';
import { reviewPolicyOf } from '../../content-model/review-cycle';
import { reviewSummary, type ReviewSummary } from '../review/review-summary';
import { readingTimeMinutes } from '../reading-time/reading-time';
import { loadClaimRules, usableRules } from './claim-rules';
import { findHealthClaims, type ClaimFinding } from './health-claims';
import { similarTo } from './near-duplicates';
import { readability, type Readability } from './readability';
import { withUnsavedValues } from './unsaved-article';
import { ARTICLE_CHECK_POPULATE, type CheckedArticle } from './checked-article';

export { ARTICLE_CHECK_POPULATE, type CheckedArticle };

// What search engines show before truncating, and below which the snippet is thin.
export const SEARCH_LIMITS = { title: 60, description: { min: 120, max: 160 } };
// Sentences longer than this are hard to follow on a phone; the panel lists the longest few.
const LONG_SENTENCE_WORDS = 25;
const LONGEST_SHOWN = 3;

export type ArticleCheck = {
  documentId: string;
  /** What the publish guard refuses today: the same rule, so the panel and the guard agree. */
  blockers: string[];
  /** Not needed to publish, but what readers and search engines miss. */
  suggestions: string[];
  readingTimeMinutes: number;
  readability: Readability & { longestSentences: Array<{ text: string; words: number }> };
  healthClaims: ClaimFinding[];
  nearDuplicates: Array<{ documentId: string; title: string; similarity: number }>;
  searchResult: { title: string; description: string; url: string; limits: typeof SEARCH_LIMITS };
  socialCard: { title: string; description: string; imageUrl: string | null; imageAlt: string | null };
  /** Who signed off which version, and when the next review is due. */
  review: ReviewSummary;
};

export const plainText = (article: Pick<CheckedArticle, 'title' | 'body'>) =>
  [article.title, ...(article.body ?? []).map(blockText)].join('\n\n');

/** What a reader or a search engine misses, beyond what publishing requires. */
export const suggestionsFor = (article: CheckedArticle): string[] => {
  const suggestions: string[] = [];
  const description = article.seo?.metaDescription?.trim() ?? '';
  const { min, max } = SEARCH_LIMITS.description;
  if (!description) suggestions.push('an SEO description');
  else if (description.length < min || description.length > max) {
    suggestions.push(`an SEO description of ${min}-${max} characters (it has ${description.length})`);
  }
  if (!article.cover?.image) suggestions.push('a cover image');
  else if (!article.cover.alt?.trim()) suggestions.push('alt text for the cover image');
  return suggestions;
};

const longestSentences = (text: string) =>
  splitSentences(text)
    .map((sentence) => ({ text: sentence, words: sentence.split(/\s+/).filter(Boolean).length }))
    .filter((sentence) => sentence.words > LONG_SENTENCE_WORDS)
    .sort((a, b) => b.words - a.words)
    .slice(0, LONGEST_SHOWN);

/**
 * One article as its editors last saved it (the draft row), or with the edit view's unsaved
 * values laid over that, checked as the publish guard and the quality report check it, with
 * what its search result and social card will look like.
 */
export const checkArticle = async (strapi: Core.Strapi, documentId: string, unsaved?: unknown): Promise<ArticleCheck | null> => {
  const drafts = strapi.db.query(ARTICLE);
  const saved: CheckedArticle | null = await drafts.findOne({ where: { documentId, publishedAt: null }, populate: ARTICLE_CHECK_POPULATE });
  if (!saved) return null;
  const article = unsaved === undefined ? saved : withUnsavedValues(saved, unsaved);
  const others: Array<Pick<CheckedArticle, 'documentId' | 'title' | 'body'>> = await drafts.findMany({
    where: { publishedAt: null, documentId: { $ne: documentId } },
    select: ['documentId', 'title', 'body'],
  });
  const text = plainText(article);
  const { usable } = usableRules(await loadClaimRules(strapi));
  const titles = new Map(others.map((row) => [row.documentId, row.title]));
  const title = article.seo?.metaTitle?.trim() || article.title;
  const description = article.seo?.metaDescription?.trim() || article.excerpt?.trim() || '';
  const siteUrl = siteOf(strapi).url;
  const path = pagePath(ARTICLE, article.slug);
  const policy = reviewPolicyOf(strapi);
  return {
    documentId,
    blockers: missingForPublication(article, new Date(), policy),
    suggestions: suggestionsFor(article),
    readingTimeMinutes: readingTimeMinutes(article.body),
    readability: { ...readability(text), longestSentences: longestSentences(text) },
    healthClaims: findHealthClaims(text, usable),
    nearDuplicates: similarTo(
      text,
      others.map((row) => ({ id: row.documentId, text: plainText(row) }))
    ).map(({ id, similarity }) => ({ documentId: id, title: titles.get(id) ?? '', similarity })),
    searchResult: { title, description, url: path ? absoluteUrl(siteUrl, path) : siteUrl, limits: SEARCH_LIMITS },
    socialCard: { title, description, imageUrl: article.cover?.image?.url ?? null, imageAlt: article.cover?.alt ?? null },
    review: reviewSummary(article, policy),
  };
};
