import type { Core } from '@strapi/strapi';
import { ARTICLE } from '../../content-model/registry';
import { missingForPublication, type ReviewableArticle } from '../review/medical-review';
import { isoDay, reviewPolicyOf, reviewStatus } from '../../content-model/review-cycle';
import { loadClaimRules, usableRules } from '../quality/claim-rules';
import { plainText, type CheckedArticle } from '../quality/article-check';
import { findHealthClaims } from '../quality/health-claims';

// A homepage widget lists the first few; the panel's list view holds the rest.
const SHOWN = 8;

type DraftRow = ReviewableArticle & {
  documentId: string;
  title: string;
  updatedAt: string;
  scheduledPublishAt: string | null;
  scheduledUnpublishAt: string | null;
  scheduleError: string | null;
};
type Linked = { documentId: string; title: string };

export type WorkList = {
  /** Drafts never published that the publish guard would refuse, and what each lacks. */
  cannotPublish: Array<Linked & { missing: string[]; updatedAt: string }>;
  scheduled: Array<Linked & { action: 'publish' | 'unpublish'; at: string }>;
  /** Scheduled publishes the guard refused, with the reason the scheduler wrote down. */
  scheduleRefused: Array<Linked & { reason: string }>;
  /** Live articles whose medical review is due within MEDICAL_REVIEW_DUE_SOON_DAYS or overdue, soonest first. */
  reviewsDue: Array<Linked & { nextReviewDue: string; status: 'due-soon' | 'overdue' }>;
  /** Live articles whose published text makes a disputed health claim. */
  liveClaims: Array<Linked & { sentence: string; why: string; more: number }>;
};

const byTime =
  <Key extends string>(key: Key, direction: 1 | -1) =>
  (a: Record<Key, string>, b: Record<Key, string>) =>
    direction * (Date.parse(a[key]) - Date.parse(b[key]));

/** What is waiting on the editors, for the admin homepage. */
export const workList = async (strapi: Core.Strapi): Promise<WorkList> => {
  const rows = strapi.db.query(ARTICLE);
  const drafts: DraftRow[] = await rows.findMany({
    where: { publishedAt: null },
    populate: { medicalReview: true, sources: true, faq: true },
  });
  const live: Array<Pick<CheckedArticle, 'documentId' | 'title' | 'body'> & { nextReviewDue: string | null }> = await rows.findMany({
    where: { publishedAt: { $notNull: true } },
    select: ['documentId', 'title', 'body', 'nextReviewDue'],
  });
  const isLive = new Set(live.map((row) => row.documentId));
  const policy = reviewPolicyOf(strapi);
  const now = new Date();

  const cannotPublish = drafts
    .filter((row) => !isLive.has(row.documentId))
    .map((row) => ({
      documentId: row.documentId,
      title: row.title,
      updatedAt: row.updatedAt,
      missing: missingForPublication(row, now, policy),
    }))
    .filter((row) => row.missing.length > 0)
    .sort(byTime('updatedAt', -1));

  const scheduled = drafts
    .flatMap((row) => [
      ...(row.scheduledPublishAt
        ? [{ documentId: row.documentId, title: row.title, action: 'publish' as const, at: row.scheduledPublishAt }]
        : []),
      ...(row.scheduledUnpublishAt
        ? [{ documentId: row.documentId, title: row.title, action: 'unpublish' as const, at: row.scheduledUnpublishAt }]
        : []),
    ])
    .sort(byTime('at', 1));

  const scheduleRefused = drafts
    .filter((row) => row.scheduleError)
    .map((row) => ({ documentId: row.documentId, title: row.title, reason: row.scheduleError as string }));

  const reviewsDue = live
    .flatMap((row) => {
      if (!row.nextReviewDue) return [];
      const status = reviewStatus(row.nextReviewDue, isoDay(now), policy.dueSoonDays);
      return status === 'current' ? [] : [{ documentId: row.documentId, title: row.title, nextReviewDue: row.nextReviewDue, status }];
    })
    .sort((a, b) => a.nextReviewDue.localeCompare(b.nextReviewDue));

  const { usable } = usableRules(await loadClaimRules(strapi));
  const disputed = usable.filter((rule) => rule.severity === 'disputed');
  const liveClaims = live.flatMap((row) => {
    const [first, ...rest] = findHealthClaims(plainText(row), disputed);
    return first ? [{ documentId: row.documentId, title: row.title, sentence: first.sentence, why: first.why, more: rest.length }] : [];
  });

  return {
    cannotPublish: cannotPublish.slice(0, SHOWN),
    scheduled: scheduled.slice(0, SHOWN),
    scheduleRefused: scheduleRefused.slice(0, SHOWN),
    reviewsDue: reviewsDue.slice(0, SHOWN),
    liveClaims: liveClaims.slice(0, SHOWN),
  };
};
