type Review = { reviewerName?: string | null; credentials?: string | null; reviewedOn?: string | null } | null | undefined;
type Source = { title?: string | null; url?: string | null };
export type ReviewableArticle = { medicalReview?: Review; sources?: Source[] | null };

const isBlank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

const monthsBefore = (date: Date, months: number) => {
  const earlier = new Date(date);
  earlier.setUTCMonth(earlier.getUTCMonth() - months);
  return earlier;
};

/**
 * What an article still needs before it may be published, in words an editor can act on;
 * empty when it is ready. Wellness content is "your money or your life" content: a named,
 * qualified reviewer, a recent review date and at least one source.
 */
export const missingForPublication = (article: ReviewableArticle, now: Date, maxAgeMonths: number): string[] => {
  const missing: string[] = [];
  const review = article.medicalReview;
  if (!review) {
    missing.push('a medical review (reviewer name, credentials and review date)');
  } else {
    if (isBlank(review.reviewerName)) missing.push("the medical reviewer's name");
    if (isBlank(review.credentials)) missing.push("the medical reviewer's credentials");
    if (isBlank(review.reviewedOn)) {
      missing.push('the date of the medical review');
    } else {
      const reviewedOn = new Date(`${review.reviewedOn}T00:00:00Z`);
      if (Number.isNaN(reviewedOn.getTime()) || reviewedOn > now) {
        missing.push('a medical review date that is not in the future');
      } else if (reviewedOn < monthsBefore(now, maxAgeMonths)) {
        missing.push(`a medical review from the last ${maxAgeMonths} months (the last one is from ${review.reviewedOn})`);
      }
    }
  }
  const sources = (article.sources ?? []).filter((source) => !isBlank(source.title));
  if (sources.length === 0) missing.push('at least one source');
  return missing;
};

export const publicationRefusal = (missing: string[]) => `This article cannot be published yet. It needs ${missing.join('; ')}.`;
