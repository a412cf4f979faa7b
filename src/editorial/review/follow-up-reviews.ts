import type { Core } from '@strapi/strapi';
import { addDays } from 'date-fns';
import { sendReviewReminder, type ReviewStep } from './review-reminders';
import { isoDay, reviewPolicyOf, reviewStatus } from '../../content-model/review-cycle';
import { ARTICLE } from '../../content-model/registry';
import { absoluteUrl, pagePath } from '../../content-model/page-paths';
import { documentsOf } from '../../content-model/documents';
import { responseCacheOf } from '../../delivery/caching/response-cache';
import { siteOf } from '../../delivery/seo/site';
import { withSchedulerLock } from '../scheduling/scheduler-lock';
import { affectedPages, loadForPages } from '../revalidation/affected-pages';
import { deliverRevalidation } from '../revalidation/deliver-webhook';

const NOTICE = 'api::review-notice.review-notice';

type LiveRow = {
  documentId: string;
  title: string;
  slug: string | null;
  lastReviewedOn: string | null;
  nextReviewDue: string;
  medicalReview: { reviewerAccount?: string | null } | null;
  createdBy: { email?: string | null } | null;
};
type Notice = { articleDocumentId: string; dueOn: string; stage: string };

export type FollowUpReport = { reminded: Array<{ documentId: string; stage: ReviewStep['stage'] }>; unpublished: string[] };

const recipientsOf = (row: LiveRow) => [
  ...new Set([row.medicalReview?.reviewerAccount, row.createdBy?.email].filter((email): email is string => Boolean(email))),
];

/** Records the step; false when it was already recorded (another pass, on any instance, acted on it). */
const claimStep = async (strapi: Core.Strapi, notice: Notice & { actedAt: string; recipients: string[] }) => {
  try {
    await strapi.db.query(NOTICE).create({ data: notice });
    return true;
  } catch (error) {
    // The unique index on (article, due date, stage) is the backstop behind the scheduler lock.
    strapi.log.warn(`Review step ${notice.stage} of ${notice.articleDocumentId} was already recorded: ${(error as Error).message}`);
    return false;
  }
};

/** Cached answers and the front-end's pages show the review's status, which just changed. */
const refreshPages = async (strapi: Core.Strapi, documentId: string, at: Date) => {
  const cache = responseCacheOf(strapi);
  if (cache.enabled) await cache.invalidate([ARTICLE], { announce: true });
  if (!strapi.config.get('frontend.revalidate.url')) return;
  const page = await loadForPages(strapi, ARTICLE, documentId, true);
  void deliverRevalidation(strapi, {
    event: 'review-status',
    type: 'article',
    documentId,
    slug: page?.slug ?? null,
    pages: affectedPages(ARTICLE, page),
    redirects: [],
    at: at.toISOString(),
  });
};

/**
 * One pass of the review cycle over live articles, in the scheduler's lock: when a review
 * comes within MEDICAL_REVIEW_DUE_SOON_DAYS of its due date, and again when it lapses, the
 * reviewer and the owner are reminded once, cached pages are refreshed, and under
 * REVIEW_OVERDUE_ACTION=unpublish a lapsed article is taken down. Each step is recorded before
 * it is acted on, so no instance repeats it; a new sign-off brings a new due date and a new cycle.
 */
export const followUpReviews = async (strapi: Core.Strapi, now = new Date()): Promise<FollowUpReport | 'locked'> =>
  withSchedulerLock(strapi, async () => {
    const report: FollowUpReport = { reminded: [], unpublished: [] };
    const policy = reviewPolicyOf(strapi);
    const today = isoDay(now);
    const rows: LiveRow[] = await strapi.db.query(ARTICLE).findMany({
      where: { publishedAt: { $notNull: true }, nextReviewDue: { $notNull: true, $lte: isoDay(addDays(now, policy.dueSoonDays)) } },
      select: ['documentId', 'title', 'slug', 'lastReviewedOn', 'nextReviewDue'],
      populate: { medicalReview: { select: ['reviewerAccount'] }, createdBy: { select: ['email'] } },
    });
    if (rows.length === 0) return report;
    const done: Notice[] = await strapi.db.query(NOTICE).findMany({
      where: { articleDocumentId: { $in: rows.map((row) => row.documentId) } },
      select: ['articleDocumentId', 'dueOn', 'stage'],
    });
    const isDone = new Set(done.map((notice) => `${notice.articleDocumentId}|${notice.dueOn}|${notice.stage}`));
    const site = siteOf(strapi);
    const adminUrl = strapi.config.get('admin.absoluteUrl', '/admin') as string;

    for (const row of rows) {
      const stage = reviewStatus(row.nextReviewDue, today, policy.dueSoonDays);
      if (stage === 'current' || isDone.has(`${row.documentId}|${row.nextReviewDue}|${stage}`)) continue;
      const unpublish = stage === 'overdue' && policy.overdueAction === 'unpublish';
      const recipients = recipientsOf(row);
      const step = { articleDocumentId: row.documentId, dueOn: row.nextReviewDue, stage };
      if (!(await claimStep(strapi, { ...step, actedAt: now.toISOString(), recipients }))) continue;
      if (unpublish) {
        try {
          // Through the Document Service, so the publish pipeline refreshes caches, search and the front-end.
          await documentsOf(strapi, ARTICLE).unpublish({ documentId: row.documentId });
        } catch (error) {
          // Not taken down: the step is given back, for the next pass to try again.
          await strapi.db.query(NOTICE).delete({ where: step });
          strapi.log.error(`"${row.title}" (${row.documentId}) could not be taken down: ${(error as Error).message}`);
          continue;
        }
        await strapi.db.query(NOTICE).update({ where: step, data: { unpublished: true } });
        report.unpublished.push(row.documentId);
        strapi.log.info(`"${row.title}" (${row.documentId}) was taken down: its medical review lapsed on ${row.nextReviewDue}.`);
      } else {
        await refreshPages(strapi, row.documentId, now);
      }
      const path = pagePath(ARTICLE, row.slug);
      await sendReviewReminder(
        strapi,
        {
          stage,
          documentId: row.documentId,
          title: row.title,
          pageUrl: path ? absoluteUrl(site.url, path) : null,
          editUrl: `${adminUrl}/content-manager/collection-types/${ARTICLE}/${row.documentId}`,
          lastReviewed: row.lastReviewedOn,
          nextReviewDue: row.nextReviewDue,
          action: policy.overdueAction,
          unpublished: unpublish,
          recipients,
        },
        now
      );
      report.reminded.push({ documentId: row.documentId, stage });
    }
    return report;
  });
