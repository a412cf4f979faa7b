import { publishDueArticles, type SchedulerReport } from '../../src/editorial/scheduling/publish-due-articles';
import { useTestApp } from '../helpers/strapi';
import { createArticle } from '../helpers/content';

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

describe('scheduled publishing and unpublishing', () => {
  const app = useTestApp();

  const articles = () => app.strapi.documents('api::article.article');
  const isLive = async (documentId: string) => (await articles().count({ status: 'published', filters: { documentId } })) > 0;
  const pass = async (now?: Date) => (await publishDueArticles(app.strapi, now)) as SchedulerReport;

  it('publishes an article whose moment has come, and clears its schedule', async () => {
    const due = await createArticle(app.strapi, { title: 'Due now', scheduledPublishAt: minutesFromNow(-1) });
    const report = await pass();
    expect(report.published).toContain(due.documentId);
    expect(await isLive(due.documentId)).toBe(true);
    const published = await articles().findOne({ documentId: due.documentId, status: 'published' });
    expect(published?.scheduledPublishAt).toBeNull();
    const response = await app.http().get(`/api/articles/${due.documentId}`);
    expect(response.status).toBe(200);
  });

  it('leaves a future schedule alone until its time, then acts within the next pass', async () => {
    const later = await createArticle(app.strapi, { title: 'Later', scheduledPublishAt: minutesFromNow(30) });
    expect((await pass()).published).not.toContain(later.documentId);
    expect(await isLive(later.documentId)).toBe(false);
    // The next pass after the moment, as after a restart that missed it by hours.
    expect((await pass(new Date(Date.now() + 5 * 60 * 60_000))).published).toContain(later.documentId);
    expect(await isLive(later.documentId)).toBe(true);
  });

  it('unpublishes on schedule and clears that schedule', async () => {
    const live = await createArticle(app.strapi, { title: 'Seasonal offer', scheduledUnpublishAt: minutesFromNow(-2) }, true);
    const report = await pass();
    expect(report.unpublished).toContain(live.documentId);
    expect(await isLive(live.documentId)).toBe(false);
    const draft = await articles().findOne({ documentId: live.documentId });
    expect(draft?.scheduledUnpublishAt).toBeNull();
    expect((await app.http().get(`/api/articles/${live.documentId}`)).status).toBe(404);
  });

  it('a publish the medical-review guard refuses is logged and written on the article for editors', async () => {
    const unreviewed = await createArticle(app.strapi, {
      title: 'Scheduled but unreviewed',
      medicalReview: null,
      scheduledPublishAt: minutesFromNow(-1),
    });
    const report = await pass();
    expect(report.refused.map((refusal) => refusal.documentId)).toContain(unreviewed.documentId);
    expect(await isLive(unreviewed.documentId)).toBe(false);
    const draft = await articles().findOne({ documentId: unreviewed.documentId });
    expect(draft?.scheduleError).toMatch(/Scheduled publish for .* was refused: .*medical review/);
    expect(draft?.scheduledPublishAt).toBeNull();
    // Not retried every pass: the editor reschedules after fixing it.
    expect((await pass()).refused).toHaveLength(0);
  });

  it('publishes a scheduled update of an already published article', async () => {
    const live = await createArticle(app.strapi, { title: 'Version one' }, true);
    await articles().update({
      documentId: live.documentId,
      data: { title: 'Version two', scheduledPublishAt: minutesFromNow(-1) } as never,
    });
    expect((await app.http().get(`/api/articles/${live.documentId}`)).body.data.title).toBe('Version one');
    await pass();
    expect((await app.http().get(`/api/articles/${live.documentId}`)).body.data.title).toBe('Version two');
  });

  it('concurrent passes act on each due article exactly once', async () => {
    const due = await Promise.all(
      [1, 2, 3, 4].map((n) => createArticle(app.strapi, { title: `Race ${n}`, scheduledPublishAt: minutesFromNow(-1) }))
    );
    const reports = await Promise.all([publishDueArticles(app.strapi), publishDueArticles(app.strapi), publishDueArticles(app.strapi)]);
    const publishedIds = reports.flatMap((report) => (report === 'locked' ? [] : report.published));
    for (const { documentId } of due) {
      expect(publishedIds.filter((id) => id === documentId)).toHaveLength(1);
      expect(await isLive(documentId)).toBe(true);
    }
    const publishedRows = await app.strapi.db
      .query('api::article.article')
      .count({ where: { documentId: { $in: due.map((d) => d.documentId) }, publishedAt: { $notNull: true } } });
    expect(publishedRows).toBe(due.length);
  });

  it('on PostgreSQL a pass that finds another instance holding the lock does nothing', async () => {
    // Another instance is another connection holding the advisory lock; SQLite has no such instances.
    if (app.database !== 'postgres') return;
    const knex = app.strapi.db.connection;
    const held = await createArticle(app.strapi, { title: 'Held back', scheduledPublishAt: minutesFromNow(-1) });
    const whileHeld = await knex.transaction(async (trx) => {
      await trx.raw('select pg_advisory_xact_lock(7212001)');
      return publishDueArticles(app.strapi);
    });
    expect(whileHeld).toBe('locked');
    expect(await isLive(held.documentId)).toBe(false);
    const afterRelease = (await publishDueArticles(app.strapi)) as SchedulerReport;
    expect(afterRelease.published).toEqual([held.documentId]);
  });

  it('is registered with Strapi cron when enabled', async () => {
    const { startScheduledPublishing } = await import('../../src/editorial/scheduling/publish-due-articles');
    app.strapi.config.set('editorial.scheduler.enabled', true);
    await startScheduledPublishing(app.strapi);
    const jobs = (app.strapi.cron as unknown as { jobs: Array<{ name: string; options: { rule: string } }> }).jobs;
    expect(jobs.find((job) => job.name === 'scheduledPublishing')?.options.rule).toBe('*/20 * * * * *');
    app.strapi.cron.remove('scheduledPublishing');
  });
});
