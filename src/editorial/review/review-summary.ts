import { contentSignature } from './content-signature';
import { isSignedOffForThisVersion, type ReviewableArticle } from './medical-review';
import {
  isoDay,
  reviewDatesOf,
  reviewIntervalMonths,
  reviewStatus,
  type ReviewPolicy,
  type ReviewStatus,
} from '../../content-model/review-cycle';

export type ReviewSummary = {
  signedOff: {
    reviewerName: string;
    credentials: string;
    registration: string | null;
    reviewedOn: string;
    signedOffAt: string | null;
  } | null;
  /** Whether that sign-off covers the body, sources and FAQ as they are now. */
  matchesThisVersion: boolean;
  /** The fingerprint a reviewer signs off: sent back with the sign-off, so they sign what they read. */
  signature: string;
  intervalMonths: number;
  nextReviewDue: string | null;
  status: ReviewStatus | null;
};

/** The review as the panel beside the article shows it. */
export const reviewSummary = (article: ReviewableArticle, policy: ReviewPolicy, now = new Date()): ReviewSummary => {
  const review = article.medicalReview;
  const { lastReviewedOn: reviewedOn, nextReviewDue: dueOn } = reviewDatesOf(article, policy);
  return {
    signedOff:
      review && reviewedOn
        ? {
            reviewerName: review.reviewerName ?? '',
            credentials: review.credentials ?? '',
            registration: review.registration ?? null,
            reviewedOn,
            signedOffAt: review.signedOffAt ?? null,
          }
        : null,
    matchesThisVersion: isSignedOffForThisVersion(article),
    signature: contentSignature(article),
    intervalMonths: reviewIntervalMonths(policy, article.reviewIntervalMonths),
    nextReviewDue: dueOn,
    status: dueOn ? reviewStatus(dueOn, isoDay(now), policy.dueSoonDays) : null,
  };
};
