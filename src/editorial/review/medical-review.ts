import { contentSignature, type SignedContent } from './content-signature';
import { isoDay, nextReviewDue, reviewIntervalMonths, reviewStatus, type ReviewPolicy } from '../../content-model/review-cycle';

export type MedicalReview = {
  reviewerName?: string | null;
  credentials?: string | null;
  registration?: string | null;
  reviewedOn?: string | null;
  signedOffAt?: string | null;
  reviewerAccount?: string | null;
  contentSignature?: string | null;
};
type Source = { title?: string | null; url?: string | null };
export type ReviewableArticle = SignedContent & {
  medicalReview?: MedicalReview | null;
  sources?: Source[] | null;
  reviewIntervalMonths?: number | null;
};

const isBlank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

/** Whether the review was signed off for exactly this body, these sources and this FAQ. */
export const isSignedOffForThisVersion = (article: ReviewableArticle) =>
  !isBlank(article.medicalReview?.contentSignature) && article.medicalReview?.contentSignature === contentSignature(article);

const reviewProblems = (article: ReviewableArticle, now: Date, policy: ReviewPolicy): string[] => {
  const review = article.medicalReview;
  if (!review) return ['a medical reviewer’s sign-off (reviewer, credentials and date)'];
  const missing: string[] = [];
  if (isBlank(review.reviewerName)) missing.push("the medical reviewer's name");
  if (isBlank(review.credentials)) missing.push("the medical reviewer's credentials");
  if (isBlank(review.reviewedOn)) {
    missing.push('the date of the medical review');
    return missing;
  }
  const reviewedOn = review.reviewedOn as string;
  const months = reviewIntervalMonths(policy, article.reviewIntervalMonths);
  if (Number.isNaN(Date.parse(reviewedOn)) || reviewedOn > isoDay(now)) {
    missing.push('a medical review date that is not in the future');
  } else if (reviewStatus(nextReviewDue(reviewedOn, months), isoDay(now), policy.dueSoonDays) === 'overdue') {
    missing.push(`a medical review from the last ${months} months (the last one is from ${reviewedOn})`);
  }
  if (missing.length === 0 && !isSignedOffForThisVersion(article)) {
    missing.push('a new sign-off by a medical reviewer: the body, sources or FAQ changed after the last one');
  }
  return missing;
};

/**
 * What an article still needs before it may be published, in words an editor can act on;
 * empty when it is ready. Wellness content is "your money or your life" content: a qualified
 * reviewer who signed off this very version, recently, and at least one source.
 */
export const missingForPublication = (article: ReviewableArticle, now: Date, policy: ReviewPolicy): string[] => {
  const missing = reviewProblems(article, now, policy);
  const sources = (article.sources ?? []).filter((source) => !isBlank(source.title));
  if (sources.length === 0) missing.push('at least one source');
  return missing;
};

export const publicationRefusal = (missing: string[]) => `This article cannot be published yet. It needs ${missing.join('; ')}.`;
