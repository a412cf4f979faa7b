import crypto from 'crypto';
import { addDays, addMonths, formatISO } from 'date-fns';
import { adminSession, contentManager, medicalReviewer, reviewPanel, type AdminSession } from '../helpers/admin';
import { bodyOfWords, createArticle } from '../helpers/content';
import { graphql } from '../helpers/graphql';
import { startSmtpPeer } from '../helpers/smtp-peer';
import { useTestApp, type TestApp } from '../helpers/strapi';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver';
import { followUpReviews, type FollowUpReport } from '../../src/editorial/review/follow-up-reviews';
import { refreshReviewDueDates } from '../../src/editorial/review/refresh-due-dates';
import { appModule } from '../helpers/compiled';
import type * as RefreshPages from '../../src/delivery/read-model/refresh-pages';

const ARTICLE = 'api::article.article';
const WEBHOOK_SECRET = 'review-hook-secret-1';
const day = (date: Date) => formatISO(date, { representation: 'date' });
const today = () => day(new Date());
const inDays = (days: number) => day(addDays(new Date(), days));

/**
 * Sets the live and draft copies' review dates as the calendar would have them later on: a
 * review cannot be published once overdue, so lapsed reviews are reached by moving the dates.
 * Written around the Document Service, so the page is rendered again as such writers must.
 */
const reviewDueOn = async (app: TestApp, documentId: string, nextReviewDue: string) => {
  await app.strapi.db
    .query(ARTICLE)
    .updateMany({ where: { documentId }, data: { nextReviewDue, lastReviewedOn: day(addMonths(new Date(nextReviewDue), -12)) } });
  await appModule<typeof RefreshPages>(app, 'delivery/read-model/refresh-pages').refreshAfterWrite(app.strapi, ARTICLE, documentId);
};

const pass = async (app: TestApp) => {
  const report = await followUpReviews(app.strapi);
  if (report === 'locked') throw new Error('The scheduler lock was held');
  return report as FollowUpReport;
};

const sitemapPaths = async (app: TestApp) => (await app.http().get('/sitemap.xml')).text;

describe('the review cycle of live articles (REVIEW_OVERDUE_ACTION=flag)', () => {
  const env: Record<string, string> = { REVIEW_WEBHOOK_SECRET: WEBHOOK_SECRET };
  let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
  let hook: WebhookReceiver;
  beforeAll(async () => {
    smtp = await startSmtpPeer();
    hook = await startWebhookReceiver();
    Object.assign(env, smtp.env, { REVIEW_WEBHOOK_URL: hook.url });
  });
  afterAll(async () => {
    await smtp?.close();
    await hook?.close();
  });
  const app = useTestApp({ env });

  it('answers the last review, the next-review-due date and the status over REST and GraphQL', async () => {
    const current = await createArticle(app.strapi, { title: 'Current review' }, true);
    const sixMonthly = await createArticle(app.strapi, { title: 'Fast-moving topic', reviewIntervalMonths: 6 }, true);
    const longer = await createArticle(app.strapi, { title: 'Asks for a longer cycle', reviewIntervalMonths: 24 }, true);
    const dueSoonReview = day(addDays(addMonths(new Date(), -12), 10));
    const dueSoon = await createArticle(app.strapi, { title: 'Due soon', medicalReview: { reviewedOn: dueSoonReview } }, true);
    const lapsed = await createArticle(app.strapi, { title: 'Lapsed review' }, true);
    await reviewDueOn(app, lapsed.documentId, inDays(-3));

    const expected: Array<[Record<string, unknown>, Record<string, string>]> = [
      [current, { lastReviewed: today(), nextReviewDue: day(addMonths(new Date(), 12)), status: 'current' }],
      [sixMonthly, { lastReviewed: today(), nextReviewDue: day(addMonths(new Date(), 6)), status: 'current' }],
      // A per-article cycle may be shorter than the policy, never longer.
      [longer, { nextReviewDue: day(addMonths(new Date(), 12)), status: 'current' }],
      [dueSoon, { lastReviewed: dueSoonReview, nextReviewDue: inDays(10), status: 'due-soon' }],
      [lapsed, { nextReviewDue: inDays(-3), status: 'overdue' }],
    ];
    for (const [article, review] of expected) {
      const page = await app.http().get(`/api/articles/slug/${article.slug}`);
      expect(page.status).toBe(200);
      expect(page.body.meta.review).toMatchObject(review);
      // flag: the API says so; the page stays listed for search engines.
      expect(page.body.meta.robots).toBe('index');
      const query = await graphql(
        app,
        'query ($slug: String!) { articleBySlug(slug: $slug) { review { lastReviewed nextReviewDue status } } }',
        {
          slug: article.slug,
        }
      );
      expect(query.body.data.articleBySlug.review).toEqual(page.body.meta.review);
    }
    expect(await sitemapPaths(app)).toContain(`/articles/${lapsed.slug}`);
  });

  it('a new MEDICAL_REVIEW_MAX_AGE_MONTHS works every due date out again at the next start, drafts and live copies', async () => {
    const article = await createArticle(app.strapi, { title: 'Policy change' }, true);
    const dueDates = async () =>
      (await app.strapi.db.query(ARTICLE).findMany({ where: { documentId: article.documentId }, select: ['nextReviewDue'] })).map(
        (row: { nextReviewDue: string }) => row.nextReviewDue
      );
    expect(await dueDates()).toEqual([day(addMonths(new Date(), 12)), day(addMonths(new Date(), 12))]);
    app.strapi.config.set('editorial.reviewMaxAgeMonths', 6);
    try {
      await refreshReviewDueDates(app.strapi);
      expect(await dueDates()).toEqual([day(addMonths(new Date(), 6)), day(addMonths(new Date(), 6))]);
      expect((await app.http().get(`/api/articles/slug/${article.slug}`)).body.meta.review.nextReviewDue).toBe(
        day(addMonths(new Date(), 6))
      );
    } finally {
      app.strapi.config.set('editorial.reviewMaxAgeMonths', 12);
      await refreshReviewDueDates(app.strapi);
    }
    expect(await dueDates()).toEqual([day(addMonths(new Date(), 12)), day(addMonths(new Date(), 12))]);
  });

  it('an article never reviewed answers review: null, and an unknown slug a JSON 404', async () => {
    const draft = await createArticle(app.strapi, { title: 'Never reviewed', medicalReview: null });
    expect(draft.nextReviewDue ?? null).toBeNull();
    const missing = await app.http().get('/api/articles/slug/no-such-article');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ data: null, error: { status: 404 } });
  });

  describe('reminders', () => {
    let reviewer: AdminSession;
    let editor: AdminSession;
    let documentId: string;
    let slug: string;

    beforeAll(async () => {
      reviewer = await medicalReviewer(app, {
        name: 'Dr Lena Brandt',
        credentials: 'MSc Physiotherapy, MCSP',
        registration: 'HCPC PH220931',
      });
      editor = await adminSession(app, 'editor');
      const cm = contentManager(app, editor);
      const created = await cm.create({ title: 'Hamstring tightness after long runs', body: bodyOfWords(40), sources: [{ title: 'NHS' }] });
      ({ documentId, slug } = created.body.data);
      const panel = reviewPanel(app, reviewer);
      await panel.signOff(documentId, (await panel.check(documentId)).body.data.review.signature);
      expect((await cm.publish(documentId)).status).toBe(200);
    });

    const mailsFor = () => smtp.received.filter((mail) => mail.subject.endsWith('Hamstring tightness after long runs'));
    const hooksFor = () => hook.deliveries.filter((delivery) => delivery.body.documentId === documentId);

    it('a review coming due reminds the reviewer and the article’s owner once, by e-mail and a signed webhook', async () => {
      expect((await pass(app)).reminded.filter((step) => step.documentId === documentId)).toEqual([]);
      await reviewDueOn(app, documentId, inDays(12));
      expect((await pass(app)).reminded).toContainEqual({ documentId, stage: 'due-soon' });

      const [mail, ...more] = mailsFor();
      expect(more).toEqual([]);
      expect(mail.to.sort()).toEqual([reviewer.email, editor.email].sort());
      expect(mail.from).toBe('reviews@clinic.test');
      expect(mail.subject).toBe(`Medical review due on ${inDays(12)}: Hamstring tightness after long runs`);
      expect(mail.text).toContain(`/content-manager/collection-types/${ARTICLE}/${documentId}`);
      expect(mail.text).toContain('after that day the page shows readers a notice that its review is overdue');

      const [delivery] = hooksFor();
      expect(delivery.body).toMatchObject({
        event: 'review.due-soon',
        documentId,
        nextReviewDue: inDays(12),
        action: 'flag',
        unpublished: false,
      });
      const signature = `sha256=${crypto.createHmac('sha256', WEBHOOK_SECRET).update(delivery.raw).digest('hex')}`;
      expect(delivery.headers['x-review-signature']).toBe(signature);

      await pass(app);
      expect(mailsFor()).toHaveLength(1);
      expect(hooksFor()).toHaveLength(1);
      expect((await app.http().get(`/api/articles/slug/${slug}`)).body.meta.review.status).toBe('due-soon');
    });

    it('a lapsed review is flagged to readers and reminded once more; a new sign-off starts a new cycle', async () => {
      // Read once so the answer is cached: the lapse must refresh it.
      expect((await app.http().get(`/api/articles/slug/${slug}`)).body.meta.review.status).toBe('due-soon');
      await reviewDueOn(app, documentId, inDays(-1));
      expect((await pass(app)).reminded).toContainEqual({ documentId, stage: 'overdue' });
      expect((await app.http().get(`/api/articles/slug/${slug}`)).body.meta.review.status).toBe('overdue');
      expect(mailsFor().map((mail) => mail.subject)).toEqual([
        `Medical review due on ${inDays(12)}: Hamstring tightness after long runs`,
        `Medical review overdue since ${inDays(-1)}: Hamstring tightness after long runs`,
      ]);
      expect(hooksFor().map((delivery) => delivery.body.event)).toEqual(['review.due-soon', 'review.overdue']);
      await pass(app);
      expect(mailsFor()).toHaveLength(2);

      const work = await app.http().get('/editorial/work').set('Authorization', `Bearer ${editor.token}`);
      expect(work.body.data.reviewsDue).toContainEqual({
        documentId,
        title: 'Hamstring tightness after long runs',
        nextReviewDue: inDays(-1),
        status: 'overdue',
      });

      const panel = reviewPanel(app, reviewer);
      await panel.signOff(documentId, (await panel.check(documentId)).body.data.review.signature);
      expect((await contentManager(app, editor).publish(documentId)).status).toBe(200);
      const page = await app.http().get(`/api/articles/slug/${slug}`);
      expect(page.body.meta.review).toEqual({ lastReviewed: today(), nextReviewDue: day(addMonths(new Date(), 12)), status: 'current' });
    });
  });
});

describe('REVIEW_OVERDUE_ACTION=noindex', () => {
  const app = useTestApp({ env: { REVIEW_OVERDUE_ACTION: 'noindex' } });

  it('a lapsed review asks search engines to leave the page out, and drops it from the sitemap', async () => {
    const lapsed = await createArticle(app.strapi, { title: 'Lapsed and hidden' }, true);
    const current = await createArticle(app.strapi, { title: 'Current and listed' }, true);
    expect(await sitemapPaths(app)).toContain(`/articles/${lapsed.slug}`);
    await reviewDueOn(app, lapsed.documentId, inDays(-2));
    await pass(app);

    const page = await app.http().get(`/api/articles/slug/${lapsed.slug}`);
    expect(page.body.meta).toMatchObject({ robots: 'noindex', review: { status: 'overdue' } });
    expect((await app.http().get(`/api/articles/slug/${current.slug}`)).body.meta.robots).toBe('index');
    const sitemap = await sitemapPaths(app);
    expect(sitemap).not.toContain(`/articles/${lapsed.slug}`);
    expect(sitemap).toContain(`/articles/${current.slug}`);
  });
});

describe('REVIEW_OVERDUE_ACTION=unpublish', () => {
  const env: Record<string, string> = { REVIEW_OVERDUE_ACTION: 'unpublish', REVIEW_WEBHOOK_SECRET: WEBHOOK_SECRET };
  let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
  let hook: WebhookReceiver;
  let frontEnd: WebhookReceiver;
  beforeAll(async () => {
    smtp = await startSmtpPeer();
    hook = await startWebhookReceiver();
    frontEnd = await startWebhookReceiver();
    Object.assign(env, smtp.env, { REVIEW_WEBHOOK_URL: hook.url, FRONTEND_REVALIDATE_URL: frontEnd.url, FRONTEND_REVALIDATE_SECRET: 'fe' });
  });
  afterAll(async () => {
    await smtp?.close();
    await hook?.close();
    await frontEnd?.close();
  });
  const app = useTestApp({ env });
  const isLive = async (documentId: string) =>
    (await app.strapi.db.query(ARTICLE).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;

  it('takes a lapsed article down, keeps its draft, and says so in the reminder', async () => {
    const lapsed = await createArticle(app.strapi, { title: 'Taken down when lapsed' }, true);
    await reviewDueOn(app, lapsed.documentId, inDays(-1));
    expect((await pass(app)).unpublished).toEqual([lapsed.documentId]);
    expect(await isLive(lapsed.documentId)).toBe(false);
    expect((await app.http().get(`/api/articles/slug/${lapsed.slug}`)).status).toBe(404);
    expect(await app.strapi.db.query(ARTICLE).count({ where: { documentId: lapsed.documentId, publishedAt: null } })).toBe(1);
    const notice = await app.strapi.db
      .query('api::review-notice.review-notice')
      .findOne({ where: { articleDocumentId: lapsed.documentId } });
    expect(notice).toMatchObject({ stage: 'overdue', unpublished: true });
    expect(hook.deliveries.find((delivery) => delivery.body.documentId === lapsed.documentId)?.body).toMatchObject({
      event: 'review.overdue',
      unpublished: true,
    });
  });

  it('a take-down that fails is tried again at the next pass, and reminded only once it is done', async () => {
    const lapsed = await createArticle(app.strapi, { title: 'Taken down at the second try' }, true);
    await reviewDueOn(app, lapsed.documentId, inDays(-1));
    let failuresLeft = 1;
    app.strapi.documents.use(async (context, next) => {
      const { documentId } = context.params as { documentId?: string };
      if (context.action === 'unpublish' && documentId === lapsed.documentId && failuresLeft > 0) {
        failuresLeft -= 1;
        throw new Error('the database went away');
      }
      return next();
    });
    const first = await pass(app);
    expect(first.unpublished).not.toContain(lapsed.documentId);
    expect(first.reminded).not.toContainEqual({ documentId: lapsed.documentId, stage: 'overdue' });
    expect(await isLive(lapsed.documentId)).toBe(true);
    expect((await pass(app)).unpublished).toEqual([lapsed.documentId]);
    expect(await isLive(lapsed.documentId)).toBe(false);
    expect(hook.deliveries.filter((delivery) => delivery.body.documentId === lapsed.documentId)).toHaveLength(1);
  });

  it('two instances on one PostgreSQL database take each lapsed article down once and remind once', async () => {
    // SQLite deployments are single-instance; several instances share a PostgreSQL database.
    if (app.database !== 'postgres') return;
    const { startSecondInstance } = await import('../helpers/app-process');
    // Signed off by an account, so there is someone to e-mail.
    const signedBy = { reviewerAccount: 'reviewer@clinic.test' };
    const lapsed = await Promise.all(
      [1, 2, 3].map((n) => createArticle(app.strapi, { title: `Lapsed on both ${n}`, medicalReview: signedBy }, true))
    );
    const dueSoon = await Promise.all(
      [1, 2].map((n) => createArticle(app.strapi, { title: `Due soon on both ${n}`, medicalReview: signedBy }, true))
    );
    const ids = [...lapsed, ...dueSoon].map((article) => article.documentId);

    // The second instance runs its own passes from cron, every second. Once it is up, the
    // reviews lapse and both instances go after the same work in the same seconds.
    const second = await startSecondInstance(app, {
      SCHEDULED_PUBLISHING: 'true',
      SCHEDULED_PUBLISHING_RULE: '* * * * * *',
      CRON_ENABLED: 'true',
    });
    const outcomes: Array<FollowUpReport | 'locked'> = [];
    try {
      for (const { documentId } of lapsed) await reviewDueOn(app, documentId, inDays(-1));
      for (const { documentId } of dueSoon) await reviewDueOn(app, documentId, inDays(5));
      const deadline = Date.now() + 5000;
      while (Date.now() < deadline) {
        outcomes.push(await followUpReviews(app.strapi));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await second.stop();
    }
    // Each step was acted on by one of the two: whatever this instance did not do, the other did.
    const doneHere = outcomes.flatMap((outcome) => (outcome === 'locked' ? [] : outcome.reminded));
    const notices = await app.strapi.db.query('api::review-notice.review-notice').count({ where: { articleDocumentId: { $in: ids } } });
    expect(notices).toBe(ids.length);
    expect(doneHere.length).toBeLessThanOrEqual(ids.length);
    for (const { documentId } of lapsed) expect(await isLive(documentId)).toBe(false);
    for (const documentId of ids) {
      const stage = lapsed.some((article) => article.documentId === documentId) ? 'overdue' : 'due-soon';
      expect(hook.deliveries.filter((delivery) => delivery.body.documentId === documentId).map((delivery) => delivery.body.event)).toEqual([
        `review.${stage}`,
      ]);
      const title = (await app.strapi.db.query(ARTICLE).findOne({ where: { documentId } })).title;
      const mails = smtp.received.filter((mail) => mail.subject.endsWith(title));
      expect(mails.map((mail) => mail.to)).toEqual([['reviewer@clinic.test']]);
    }
    for (const { documentId } of lapsed) {
      const unpublishes = frontEnd.deliveries.filter(
        (delivery) => delivery.body.documentId === documentId && delivery.body.event === 'unpublish'
      );
      expect(unpublishes).toHaveLength(1);
    }
  });
});
