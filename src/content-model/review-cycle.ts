import type { Core } from '@strapi/strapi';
import { addMonths, differenceInCalendarDays, formatISO, parseISO } from 'date-fns';

export type OverdueAction = 'flag' | 'noindex' | 'unpublish';
export type ReviewPolicy = { maxAgeMonths: number; dueSoonDays: number; overdueAction: OverdueAction };
export type ReviewStatus = 'current' | 'due-soon' | 'overdue';
/** The three facts every client gets about a published article's review (`meta.review`). */
export type ReviewFacts = { lastReviewed: string; nextReviewDue: string; status: ReviewStatus };

export const reviewPolicyOf = (strapi: Core.Strapi): ReviewPolicy => ({
  maxAgeMonths: strapi.config.get('editorial.reviewMaxAgeMonths', 12),
  dueSoonDays: strapi.config.get('editorial.review.dueSoonDays', 30),
  overdueAction: strapi.config.get('editorial.review.overdueAction', 'flag'),
});

/** A calendar day as the API writes dates: YYYY-MM-DD, in UTC like every date in the app. */
export const isoDay = (moment: Date) => moment.toISOString().slice(0, 10);

// Date-only strings are calendar days: date-fns reads and writes them in local time on both
// ends, so the arithmetic holds in any time zone.
const dayOf = (day: string) => parseISO(day);

/** The article's own cycle when it asks for a shorter one (fast-moving topics), else the policy's. */
export const reviewIntervalMonths = (policy: ReviewPolicy, articleMonths?: number | null) =>
  articleMonths && articleMonths > 0 ? Math.min(articleMonths, policy.maxAgeMonths) : policy.maxAgeMonths;

/**
 * The day a review is due again: the same day of the month, `months` later (the month's last
 * day when it has fewer days). From that day on the review is overdue and may not be published.
 */
export const nextReviewDue = (reviewedOn: string, months: number) =>
  formatISO(addMonths(dayOf(reviewedOn), months), { representation: 'date' });

type Reviewed = { medicalReview?: { reviewedOn?: string | null } | null; reviewIntervalMonths?: number | null };

/** When an article was last reviewed and when it is due again; nulls for one never (validly) reviewed. */
export const reviewDatesOf = (article: Reviewed, policy: ReviewPolicy) => {
  const reviewedOn = article.medicalReview?.reviewedOn;
  if (!reviewedOn || Number.isNaN(Date.parse(reviewedOn))) return { lastReviewedOn: null, nextReviewDue: null };
  return {
    lastReviewedOn: reviewedOn,
    nextReviewDue: nextReviewDue(reviewedOn, reviewIntervalMonths(policy, article.reviewIntervalMonths)),
  };
};

export const reviewStatus = (dueOn: string, today: string, dueSoonDays: number): ReviewStatus => {
  const daysLeft = differenceInCalendarDays(dayOf(dueOn), dayOf(today));
  if (daysLeft <= 0) return 'overdue';
  return daysLeft <= dueSoonDays ? 'due-soon' : 'current';
};

export type ReviewDates = { lastReviewedOn?: string | null; nextReviewDue?: string | null };

/** What clients are told about an article's review today; null for an article never reviewed. */
export const reviewFacts = (article: ReviewDates, policy: ReviewPolicy, now = new Date()): ReviewFacts | null => {
  if (!article.lastReviewedOn || !article.nextReviewDue) return null;
  return {
    lastReviewed: article.lastReviewedOn,
    nextReviewDue: article.nextReviewDue,
    status: reviewStatus(article.nextReviewDue, isoDay(now), policy.dueSoonDays),
  };
};

/** Whether search engines are asked to leave the page out: a lapsed review under the `noindex` policy. */
export const isHiddenFromSearchEngines = (facts: ReviewFacts | null, policy: ReviewPolicy) =>
  policy.overdueAction === 'noindex' && facts?.status === 'overdue';

/** A query filter for the live articles search engines may list (the sitemap): all but lapsed reviews under `noindex`. */
export const indexableByReviewFilter = (policy: ReviewPolicy, now = new Date()) =>
  policy.overdueAction === 'noindex' ? { $or: [{ nextReviewDue: { $null: true } }, { nextReviewDue: { $gt: isoDay(now) } }] } : {};
