import fs from 'fs';
import path from 'path';
import type { AddressInfo } from 'net';
import type { Browser } from 'playwright-core';
import { useTestApp } from '../helpers/strapi';
import { adminSession, medicalReviewer, type AdminSession } from '../helpers/admin';
import { paragraph } from '../../src/content-model/rich-text/blocks';
import { createArticle, createTopic } from '../helpers/content';
import { addComponent, ARTICLE_EDITOR, pickRelation, publish, save, signIn, signOff, typeInBody } from './helpers/admin-panel';
import { launchChromium, screenshot } from './helpers/browser';

const HILL_RUNNING = [
  'Hill repeats load the calves far more than flat miles, and many runners feel it the next morning.',
  'A therapist eases the calf and the Achilles area with slow strokes, then checks how the ankle moves.',
  'Between sessions, gentle calf raises and an easy day after the hills keep the tissue happy.',
].join(' ');

describe('the editorial workflow in the admin panel, in a real browser', () => {
  // Seven people sign in within a minute here; the sign-in limit has tests of its own (tests/security/abuse-limits).
  const app = useTestApp({ env: { SERVE_ADMIN: 'true', AUTH_RATE_LIMIT_MAX: '100' } });
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    baseUrl = `http://127.0.0.1:${(app.strapi.server.httpServer.address() as AddressInfo).port}`;
    await createTopic(app.strapi, { name: 'Running' }, true);
    await createTopic(app.strapi, { name: 'Recovery' }, true);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A medical reviewer opens the article in their own browser session and signs off the saved version. */
  const signOffAs = async (reviewer: AdminSession, documentId: string, screenshotName?: string) => {
    const page = await signIn(browser, baseUrl, reviewer.email, reviewer.password);
    await page.goto(`${ARTICLE_EDITOR}/${documentId}`);
    expect((await signOff(page)).status()).toBe(200);
    await page
      .getByTestId('quality-review')
      .getByText(/^Signed off by /)
      .waitFor();
    if (screenshotName) await screenshot(page, screenshotName);
    await page.context().close();
  };

  const publicArticles = async () =>
    (
      await app
        .http()
        .get('/api/articles')
        .query({ populate: ['topics', 'medicalReview', 'sources'] })
    ).body.data as Array<{
      title: string;
      topics: Array<{ name: string }>;
      medicalReview: { reviewerName: string };
    }>;

  it('the first administrator registers in the browser', async () => {
    const page = await (await browser.newContext({ baseURL: baseUrl, viewport: { width: 1440, height: 1000 } })).newPage();
    await page.goto('/admin');
    await page.waitForURL(/register-admin/);
    await page.locator('input[name="firstname"]').fill('Morgan');
    await page.locator('input[name="lastname"]').fill('Owner');
    await page.locator('input[name="email"]').fill('owner@clinic.test');
    await page.locator('input[name="password"]').fill('Clinic-owner-2026');
    await page.locator('input[name="confirmPassword"]').fill('Clinic-owner-2026');
    await screenshot(page, '01-register-first-admin');
    await page.getByRole('button', { name: "Let's start" }).click();
    await page.waitForURL((url) => url.pathname.replace(/\/$/, '') === '/admin', { timeout: 60_000 });
    const superAdmins = await app.strapi.db.query('admin::user').count({ where: { email: 'owner@clinic.test' } });
    expect(superAdmins).toBe(1);
    await page.context().close();
  });

  it('an Editor writes, tags, is refused publication without a review, adds a source, a reviewer signs off, and the API serves it', async () => {
    const editor = await adminSession(app, 'editor');
    const page = await signIn(browser, baseUrl, editor.email, editor.password);
    await page.goto(`${ARTICLE_EDITOR}/create`);
    // The edit view speaks to people: labels in words, and a line on what goes in a field.
    await page.getByText('The headline, as readers and search results show it.').waitFor();
    // The review is not a form to fill: it says where it comes from.
    await page.getByText('Filled in when a medical reviewer signs off this version', { exact: false }).waitFor();
    expect(await page.locator('label', { hasText: /^Title/ }).count()).toBeGreaterThan(0);
    expect(await page.locator('label', { hasText: /^medicalReview$/ }).count()).toBe(0);
    await page.locator('input[name="title"]').fill('Hamstring care for sprinters');
    await typeInBody(
      page,
      'Sprinters load the hamstrings hard. Strength work, sensible progression and an occasional massage keep them happy.'
    );
    await pickRelation(page, 'topics', 'Running');
    expect((await save(page)).status()).toBe(201);
    await screenshot(page, '02-editor-article-saved');

    expect((await publish(page)).status()).toBe(400);
    // The refusal shows twice: as a notification and under the medical review field.
    await page
      .getByRole('region', { name: /Notifications/ })
      .getByText(/cannot be published yet.*medical review.*source/)
      .waitFor();
    await page.locator('[data-strapi-field-error]', { hasText: /cannot be published yet/ }).waitFor();
    await screenshot(page, '03-editor-publish-refused');
    expect((await publicArticles()).map((article) => article.title)).not.toContain('Hamstring care for sprinters');

    // Nobody types the review: the editor adds a source, a medical reviewer signs off that version.
    await addComponent(page, /^Sources/);
    await page.getByText('The study, guideline or page the article relies on.').waitFor();
    await page.locator('input[name="sources.0.title"]').fill('Hamstring injury');
    await page.locator('input[name="sources.0.publisher"]').fill('NHS');
    await page.locator('input[name="sources.0.url"]').fill('https://www.nhs.uk/conditions/hamstring-injury/');
    await screenshot(page, '04-editor-source-added');
    expect((await save(page)).status()).toBe(200);
    expect(await page.getByTestId('sign-off').count()).toBe(0);
    const documentId = new URL(page.url()).pathname.split('/').pop() as string;
    await signOffAs(
      await medicalReviewer(app, { name: 'Priya Nandakumar', credentials: 'MCSP, HCPC-registered physiotherapist' }),
      documentId
    );
    await page.reload();
    await page
      .getByTestId('quality-review')
      .getByText(/^Signed off by Priya Nandakumar/)
      .waitFor();
    expect((await publish(page)).status()).toBe(200);
    await page
      .getByText(/Published document/)
      .first()
      .waitFor();
    await screenshot(page, '05-editor-published');

    const live = (await publicArticles()).find((article) => article.title === 'Hamstring care for sprinters');
    expect(live?.topics.map((topic) => topic.name)).toEqual(['Running']);
    expect(live?.medicalReview.reviewerName).toBe('Priya Nandakumar');

    // The list view: the columns an editor sorts their work by, headed in words.
    await page.goto(ARTICLE_EDITOR);
    await page.getByRole('gridcell', { name: 'Hamstring care for sprinters' }).first().waitFor();
    // innerText as shown: the panel sets column headers in capitals.
    const headers = (await page.locator('thead th').allInnerTexts()).map((text) => text.trim().toLowerCase()).filter(Boolean);
    expect(headers).toEqual(['title', 'author', 'last reviewed', 'next review due', 'last edited', 'status']);
    await screenshot(page, '05b-editor-article-list');
    await page.context().close();
  });

  it('an Author writes an article but has no way to publish it', async () => {
    const author = await adminSession(app, 'author');
    const page = await signIn(browser, baseUrl, author.email, author.password);
    await page.goto(`${ARTICLE_EDITOR}/create`);
    await page.locator('input[name="title"]').fill('My first post');
    await typeInBody(page, 'A short draft by an author.');
    expect((await save(page)).status()).toBe(201);
    await screenshot(page, '06-author-no-publish');
    const publish = page.getByRole('button', { name: 'Publish' });
    expect((await publish.count()) === 0 || (await publish.isDisabled())).toBe(true);
    expect((await publicArticles()).map((article) => article.title)).not.toContain('My first post');
    await page.context().close();
  });

  it('a Marketer changes topics and sees the body and title locked', async () => {
    const article = await createArticle(app.strapi, { title: 'Taper week massage', topics: [] });
    const marketer = await adminSession(app, 'marketer');
    const page = await signIn(browser, baseUrl, marketer.email, marketer.password);
    await page.goto(`${ARTICLE_EDITOR}/${article.documentId}`);
    await page.locator('input[name="title"]').waitFor();
    expect(await page.locator('input[name="title"]').isDisabled()).toBe(true);
    expect(await page.locator('[role="textbox"][contenteditable="true"]').count()).toBe(0);
    await pickRelation(page, 'topics', 'Recovery');
    expect((await save(page)).status()).toBe(200);
    await screenshot(page, '07-marketer-topics-only');
    const publish = page.getByRole('button', { name: 'Publish' });
    expect((await publish.count()) === 0 || (await publish.isDisabled())).toBe(true);

    const saved = await app.strapi.documents('api::article.article').findOne({ documentId: article.documentId, populate: ['topics'] });
    expect(saved?.topics?.map((topic: { name: string }) => topic.name)).toEqual(['Recovery']);
    expect(saved?.title).toBe('Taper week massage');
    await page.context().close();
  });
  it('beside an article, the quality panel says what stops publication, flags claims and near-copies, and follows each save', async () => {
    await createArticle(app.strapi, { title: 'Calf care for hill runners', body: [paragraph(HILL_RUNNING)] });
    const draft = await createArticle(app.strapi, {
      title: 'Calf care on hilly routes',
      body: [paragraph(`${HILL_RUNNING} A deep massage also flushes out toxins from the calves.`)],
      medicalReview: null,
    });
    const editor = await adminSession(app, 'editor');
    const page = await signIn(browser, baseUrl, editor.email, editor.password);
    await page.goto(`${ARTICLE_EDITOR}/${draft.documentId}`);
    const panel = page.getByTestId('quality-panel');
    await panel.getByText('Cannot be published yet. It needs:').waitFor();
    await panel.getByText(/a medical reviewer’s sign-off \(reviewer, credentials and date\)/).waitFor();
    await panel.getByText('Disputed: “A deep massage also flushes out toxins from the calves.”').waitFor();
    await panel.getByRole('link', { name: 'Calf care for hill runners' }).waitFor();
    await panel.getByTestId('quality-search-preview').getByText(`/articles/${draft.slug}`, { exact: false }).waitFor();
    await screenshot(page, '08-quality-panel');

    // While the editor types, the panel checks the unsaved form.
    await page.locator('input[name="title"]').fill('Calf massage to detox tired legs');
    await panel.getByText('As typed, not saved yet.').waitFor();
    await panel.getByText(/^Disputed: “Calf massage to detox tired legs/).waitFor();
    await panel.getByTestId('quality-search-preview').getByText('Calf massage to detox tired legs').waitFor();

    // After the save the panel checks the saved version again.
    expect((await save(page)).status()).toBe(200);
    await panel.getByText('As last saved.').waitFor();
    await panel.getByTestId('quality-search-preview').getByText('Calf massage to detox tired legs').waitFor();
    await page.context().close();
  });

  it('a Medical reviewer signs off the version they read; when the body changes, the editor sees it needs a new sign-off', async () => {
    const draft = await createArticle(app.strapi, { title: 'Achilles care after track sessions', medicalReview: null });
    const reviewer = await medicalReviewer(app, {
      name: 'Dr Amara Osei',
      credentials: 'MCSP, HCPC-registered physiotherapist',
      registration: 'HCPC PH104233',
    });
    const reviewerPage = await signIn(browser, baseUrl, reviewer.email, reviewer.password);
    await reviewerPage.goto(`${ARTICLE_EDITOR}/${draft.documentId}`);
    const reviewerPanel = reviewerPage.getByTestId('quality-review');
    await reviewerPanel.getByText('Not signed off yet: a medical reviewer signs off from this panel.').waitFor();
    // A reviewer reads and signs; the form is not theirs to change.
    expect(await reviewerPage.locator('input[name="title"]').isDisabled()).toBe(true);
    expect((await signOff(reviewerPage)).status()).toBe(200);
    await reviewerPanel.getByText(/^Signed off by Dr Amara Osei \(MCSP, HCPC-registered physiotherapist, HCPC PH104233\) on /).waitFor();
    await reviewerPanel.getByText('The sign-off covers this body, these sources and this FAQ.').waitFor();
    await reviewerPanel.getByText(/^Next review due \d{4}-\d{2}-\d{2} \(current; every 12 months\)\.$/).waitFor();
    expect(await reviewerPage.locator('input[name="medicalReview.reviewerName"]').inputValue()).toBe('Dr Amara Osei');
    expect(await reviewerPage.locator('input[name="medicalReview.reviewerName"]').isDisabled()).toBe(true);
    await screenshot(reviewerPage, '09-reviewer-signed-off');
    await reviewerPage.context().close();

    const editor = await adminSession(app, 'editor');
    const page = await signIn(browser, baseUrl, editor.email, editor.password);
    await page.goto(`${ARTICLE_EDITOR}/${draft.documentId}`);
    const panel = page.getByTestId('quality-panel');
    await panel.getByText('Ready to publish: the review and sources are in place.').waitFor();
    expect(await page.getByTestId('sign-off').count()).toBe(0);
    // The editor adds a sentence: while typing, the panel already says the sign-off no longer covers it.
    await typeInBody(page, ' Ease back into speed work over two weeks.');
    await panel.getByText('As typed, not saved yet.').waitFor();
    await panel.getByText(/The body, sources or FAQ changed after this sign-off/).waitFor();
    await panel.getByText(/a new sign-off by a medical reviewer/).waitFor();
    expect((await save(page)).status()).toBe(200);
    const refused = await publish(page);
    expect(refused.status()).toBe(400);
    await page
      .getByRole('region', { name: /Notifications/ })
      .getByText(/a new sign-off by a medical reviewer/)
      .waitFor();
    await screenshot(page, '10-editor-needs-new-sign-off');

    await signOffAs(reviewer, draft.documentId);
    await page.reload();
    await panel.getByText('Ready to publish: the review and sources are in place.').waitFor();
    expect((await publish(page)).status()).toBe(200);
    const live = await app.http().get(`/api/articles/slug/${draft.slug}`);
    expect(live.body.data.medicalReview.reviewerName).toBe('Dr Amara Osei');
    expect(live.body.meta.review.status).toBe('current');
    await page.context().close();
  });
  it('the admin homepage says what needs doing, and each row opens the article', async () => {
    const waiting = await createArticle(app.strapi, { title: 'Ankle taping basics', medicalReview: null });
    // A live article whose review comes due in a week, as the calendar would have it.
    const dueSoon = await createArticle(app.strapi, { title: 'Knee strength for trail runners' }, true);
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await app.strapi.db
      .query('api::article.article')
      .updateMany({ where: { documentId: dueSoon.documentId }, data: { nextReviewDue: inAWeek } });
    const editor = await adminSession(app, 'editor');
    const page = await signIn(browser, baseUrl, editor.email, editor.password);
    await page.goto('/admin');
    const widget = page.getByTestId('work-widget');
    const row = widget.getByTestId('work-cannot-publish').getByRole('link', { name: 'Ankle taping basics' });
    await row.waitFor();
    await widget.getByTestId('work-reviews-due').getByText(`: due ${inAWeek}`).waitFor();
    await widget.scrollIntoViewIfNeeded();
    await screenshot(page, '11-homepage-what-needs-doing');
    await row.click();
    await page.waitForURL(new RegExp(`${waiting.documentId}`));
    await page.locator('input[name="title"]').waitFor();
    expect(await page.locator('input[name="title"]').inputValue()).toBe('Ankle taping basics');
    await page.context().close();
  });
  it('an Editor takes an old blog post from a file to a published, reviewed, tagged article without leaving the panel', async () => {
    await createTopic(app.strapi, { name: 'Clinic news' }, true);
    const reviewer = await medicalReviewer(app, { name: 'Aisha Raman', credentials: 'MSc, HCPC-registered physiotherapist' });
    const editor = await adminSession(app, 'editor');
    const page = await signIn(browser, baseUrl, editor.email, editor.password);
    await page.getByRole('link', { name: 'Import articles' }).click();
    await page.waitForURL(/editorial-import/);
    await page.getByLabel('Files to import').setInputFiles([
      {
        name: 'massage-for-distance-runners.txt',
        mimeType: 'text/plain',
        buffer: fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'import', 'massage-for-distance-runners.txt')),
      },
      { name: 'price-list.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') },
    ]);
    const summary = page.getByTestId('import-summary');
    await summary.getByText('1 created, 0 updated, 0 unchanged, 1 skipped').waitFor();
    await summary.getByText('skipped: not a .txt, .md or .html file').waitFor();
    await summary.getByText(/match no location: Millbrook Sports Massage/).waitFor();
    // The taxonomy here has topics only: the conditions the post names are offered as drafts.
    const missing = page.getByTestId('import-missing-term').first();
    const term = (await missing.locator('p, span').first().textContent())?.split(' (')[0] ?? '';
    await missing.getByRole('button', { name: /Create draft/ }).click();
    await missing.getByRole('link', { name: /Open the draft/ }).waitFor();
    expect(await app.strapi.db.query('api::condition.condition').count({ where: { name: term } })).toBe(1);
    await screenshot(page, '12-import-summary');

    await summary.getByRole('link', { name: /Sports Massage for Distance Runners/ }).click();
    await page.locator('input[name="title"]').waitFor();
    // The importer linked the topics the post names; the editor adds one it could not know.
    await pickRelation(page, 'topics', 'Clinic news');
    await addComponent(page, /^Sources/);
    await page.locator('input[name="sources.0.title"]').fill('Exercise and running injuries');
    expect((await save(page)).status()).toBe(200);
    // The clinic's physiotherapist reads it in the panel and signs it off; the editor publishes.
    await signOffAs(reviewer, new URL(page.url()).pathname.split('/').pop() as string);
    await page.reload();
    await page
      .getByTestId('quality-review')
      .getByText(/^Signed off by Aisha Raman/)
      .waitFor();
    expect((await publish(page)).status()).toBe(200);
    const live = (await publicArticles()).find((article) => article.title.startsWith('Sports Massage for Distance Runners'));
    expect(live?.topics.map((topic) => topic.name)).toEqual(expect.arrayContaining(['Running', 'Clinic news']));
    expect(live?.medicalReview.reviewerName).toBe('Aisha Raman');
    await page.context().close();

    // People who may not create articles do not see the page.
    const marketer = await adminSession(app, 'marketer');
    const marketerPage = await signIn(browser, baseUrl, marketer.email, marketer.password);
    await marketerPage.getByRole('link', { name: 'Content Manager' }).first().waitFor();
    expect(await marketerPage.getByRole('link', { name: 'Import articles' }).count()).toBe(0);
    await marketerPage.context().close();
  });

  it('an Editor brings a whole WordPress blog in from its export, post by post, and sees what became of it', async () => {
    const editor = await adminSession(app, 'editor');
    const page = await signIn(browser, baseUrl, editor.email, editor.password);
    await page.getByRole('link', { name: 'Import articles' }).click();
    await page.waitForURL(/editorial-import/);
    await page.getByLabel('Files to import').setInputFiles([
      {
        name: 'northfield.WordPress.2024-10-01.xml',
        mimeType: 'text/xml',
        buffer: fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'wordpress', 'clinic-blog.xml')),
      },
    ]);
    const summary = page.getByTestId('import-summary');
    await summary.getByText('3 created, 0 updated, 0 unchanged, 1 skipped').waitFor();
    await summary.getByRole('link', { name: 'Shin Splints & Stairs: What Helps in the First Fortnight' }).waitFor();
    await summary.getByText(/skipped: Cannot import .*no article text/).waitFor();
    const report = page.getByTestId('wordpress-report');
    await report.getByText('2 old addresses now redirect to their articles (Content Manager → Redirect).').waitFor();
    await report.getByText(/Left out: 1 page, 1 revision, 1 nav_menu_item, 1 trashed or auto-draft\./).waitFor();
    await report.getByText(/Authors created: .*Tom Bellamy/).waitFor();
    await report.getByText(/1 featured image is not in the media library yet/).waitFor();
    await report.getByText(/Marathon training \(tag, 1 post\)/).waitFor();
    expect(
      await app.strapi.db
        .query('api::redirect.redirect')
        .count({ where: { origin: 'import', from: '/2023/04/why-runners-book-sports-massage' } })
    ).toBe(1);
    await screenshot(page, '13-import-wordpress');
    await page.context().close();
  });
});
