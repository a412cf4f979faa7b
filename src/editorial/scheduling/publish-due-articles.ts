import type { Core } from '@strapi/strapi';
import { withSchedulerLock } from './scheduler-lock';
import { ARTICLE } from '../../content-model/registry';
import { documentsOf } from '../../content-model/documents';
import { followUpReviews } from '../review/follow-up-reviews';
import { pruneHistory } from '../history/document-history';
import { actingAs } from '../../platform/actors/current-actor';

export type SchedulerReport = { published: string[]; unpublished: string[]; refused: Array<{ documentId: string; reason: string }> };

type DueRow = { documentId: string; title: string; scheduledPublishAt?: string; scheduledUnpublishAt?: string };

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Publishes and unpublishes every article whose scheduled moment has passed, including moments
 * missed while no instance was running. Each schedule is cleared as it is acted on, so the
 * next pass (on this or another instance) does not act twice. A publish the medical-review
 * guard refuses is logged and written on the article for its editors.
 */
export const publishDueArticles = async (strapi: Core.Strapi, now = new Date()): Promise<SchedulerReport | 'locked'> =>
  actingAs('scheduler', () => publishDue(strapi, now));

const publishDue = (strapi: Core.Strapi, now: Date): Promise<SchedulerReport | 'locked'> =>
  withSchedulerLock(strapi, async () => {
    const report: SchedulerReport = { published: [], unpublished: [], refused: [] };
    const rows = strapi.db.query(ARTICLE);
    const documents = documentsOf(strapi, ARTICLE);

    const duePublish: DueRow[] = await rows.findMany({
      select: ['documentId', 'title', 'scheduledPublishAt'],
      where: { publishedAt: null, scheduledPublishAt: { $lte: now } },
    });
    for (const row of duePublish) {
      const { documentId } = row;
      try {
        // One transaction: a crash between clearing the schedule and publishing loses neither.
        await strapi.db.transaction(async () => {
          // Cleared before publishing so the published copy carries no stale schedule.
          await documents.update({ documentId, data: { scheduledPublishAt: null, scheduleError: null } });
          await documents.publish({ documentId });
        });
        report.published.push(documentId);
        strapi.log.info(`Scheduled publish of "${row.title}" (${documentId}) done.`);
      } catch (error) {
        const reason = `Scheduled publish for ${new Date(row.scheduledPublishAt as string).toISOString()} was refused: ${errorMessage(error)}`;
        await documents.update({ documentId, data: { scheduledPublishAt: null, scheduleError: reason } });
        report.refused.push({ documentId, reason });
        strapi.log.warn(`"${row.title}" (${documentId}): ${reason}`);
      }
    }

    const dueUnpublish: DueRow[] = await rows.findMany({
      select: ['documentId', 'title'],
      where: { publishedAt: null, scheduledUnpublishAt: { $lte: now } },
    });
    for (const { documentId, title } of dueUnpublish) {
      const isLive = (await rows.count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;
      await strapi.db.transaction(async () => {
        if (isLive) await documents.unpublish({ documentId });
        await documents.update({ documentId, data: { scheduledUnpublishAt: null } });
      });
      if (isLive) {
        report.unpublished.push(documentId);
        strapi.log.info(`Scheduled unpublish of "${title}" (${documentId}) done.`);
      }
    }
    return report;
  });

/**
 * Registers the pass (schedules first, then the review cycle, then history past its retention) with Strapi's cron and runs one at once to catch up after downtime;
 * returns that first pass so callers may wait for it (start-up does not).
 */
export const startScheduledPublishing = async (strapi: Core.Strapi) => {
  if (!strapi.config.get('editorial.scheduler.enabled', true)) return;
  const runPass = () =>
    actingAs('scheduler', async () => {
      await publishDueArticles(strapi).catch((error) => strapi.log.error(`Scheduled publishing pass failed: ${errorMessage(error)}`));
      await followUpReviews(strapi).catch((error) => strapi.log.error(`Review cycle pass failed: ${errorMessage(error)}`));
      await pruneHistory(strapi).catch((error) => strapi.log.error(`Pruning old versions failed: ${errorMessage(error)}`));
    });
  strapi.cron.add({
    scheduledPublishing: { task: runPass, options: { rule: strapi.config.get('editorial.scheduler.rule') as string } },
  });
  await runPass();
};
