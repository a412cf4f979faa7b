import type { AddressInfo } from 'net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { previewUrl, signPreview } from '../../src/editorial/preview/preview-links';
import { seedDemoContent } from '../../src/operations/seed/seed-demo-content';
import { documentsOf } from '../../src/content-model/documents';
import { createArticle } from '../helpers/content';
import { MODERN_RENDITIONS, useTestApp } from '../helpers/strapi';
import { launchChromium, screenshot } from './helpers/browser';
import { appModule } from '../helpers/compiled';
import type * as RefreshPages from '../../src/delivery/read-model/refresh-pages';

const MAIN = 'why-runners-should-get-regular-massage';
const DRAFT = 'hip-pain-in-distance-runners';

describe('the example clinic site, in a real browser', () => {
  const app = useTestApp({ env: MODERN_RENDITIONS });
  let browser: Browser;
  let context: BrowserContext;
  let baseUrl: string;
  // Problems the browser reports on its own: script errors and refused resources (CSP).
  const browserProblems: string[] = [];

  beforeAll(async () => {
    await seedDemoContent(app.strapi);
    baseUrl = `http://127.0.0.1:${(app.strapi.server.httpServer.address() as AddressInfo).port}`;
    browser = await launchChromium();
    context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const watchedPage = async (from: BrowserContext = context) => {
    const page = await from.newPage();
    page.on('pageerror', (error) => browserProblems.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/.test(message.text())) browserProblems.push(`${page.url()}: ${message.text()}`);
    });
    return page;
  };

  /** Opens a site page and waits until it has finished loading, whatever it ended up showing. */
  const open = async (path: string, into?: Page) => {
    const page = into ?? (await watchedPage());
    await page.goto(path);
    await page.locator('body[data-ready="true"]').waitFor();
    return page;
  };

  const cardTitles = (page: Page) => page.locator('[data-list="articles"] .card__title').allTextContents();

  it('the home page lists the latest articles, and the topic filter narrows them in place', async () => {
    const page = await open('/');
    const all = await cardTitles(page);
    expect(all).toHaveLength(6);
    expect(all[0]).toBe('Why runners should get regular massage');
    await screenshot(page, 'site-01-home');

    const topicFilter = page.getByRole('navigation', { name: 'Filter articles by topic' });
    await topicFilter.getByRole('link', { name: 'Recovery' }).click();
    await page.waitForURL(/\?topic=recovery$/);
    await page.getByRole('status').filter({ hasText: 'about recovery' }).waitFor();
    const recovery = await cardTitles(page);
    expect(recovery.length).toBeGreaterThan(0);
    expect(recovery.length).toBeLessThan(all.length);
    for (const tags of await page.locator('[data-list="articles"] .card .tags').allTextContents()) expect(tags).toContain('Recovery');
    expect(await topicFilter.getByRole('link', { name: 'Recovery' }).getAttribute('aria-current')).toBe('true');
    await screenshot(page, 'site-02-home-topic-recovery');
    await page.close();
  });

  it('an article page renders its body, review, FAQ and related reading, with JSON-LD in the head', async () => {
    const page = await open(`/articles/${MAIN}`);
    const title = 'Why runners should get regular massage';
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
    expect(await page.locator('.prose h2').first().textContent()).toBe('What regular massage can realistically offer');
    expect(await page.locator('.prose strong').allTextContents()).toContain('DOMS');
    expect(await page.locator('.prose ul li').count()).toBeGreaterThan(3);
    expect(await page.locator('.review-line').textContent()).toContain(
      'Medically reviewed by Priya Nandakumar, MCSP, HCPC-registered physiotherapist, on '
    );
    expect(await page.locator('.faq details').count()).toBe(3);
    expect(await page.locator('.sources li').count()).toBe(2);
    // The seed's generated cover, offered in every rendition so the browser picks the smallest sharp one.
    const cover = page.locator('figure.article__cover img');
    expect(await cover.getAttribute('alt')).toMatch(/^Illustration of a running track winding between /);
    expect((await cover.getAttribute('srcset'))?.split(', ')).toHaveLength(4);
    // AVIF first, then WebP, each at the same four widths; Chromium decodes AVIF, so takes it.
    const sources = page.locator('figure.article__cover picture source');
    expect(await sources.evaluateAll((list) => list.map((source) => source.getAttribute('type')))).toEqual(['image/avif', 'image/webp']);
    expect((await sources.first().getAttribute('srcset'))?.split(', ')).toHaveLength(4);
    expect(await cover.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    expect(await cover.evaluate((image: HTMLImageElement) => image.currentSrc)).toMatch(/\.avif$/);
    await page.getByRole('heading', { name: 'Read next' }).waitFor();
    expect(await page.title()).toBe('Why Runners Should Get Regular Sports Massage | Stride Clinics');
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(/^What regular sports massage can and can't do/);

    const jsonLd = JSON.parse((await page.locator('head script[type="application/ld+json"]').textContent()) ?? '');
    const article = jsonLd['@graph'].find((node: { '@type': string }) => node['@type'] === 'Article');
    expect(article).toMatchObject({ '@type': 'Article', headline: title });
    await screenshot(page, 'site-03-article');
    await page.close();
  });

  it('an article whose medical review lapsed tells readers so; a current one does not', async () => {
    const lapsed = await createArticle(app.strapi, { title: 'Cooling down after intervals' }, true);
    // A year on, as the calendar would have it: the review was due yesterday.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await app.strapi.db
      .query('api::article.article')
      .updateMany({ where: { documentId: lapsed.documentId }, data: { nextReviewDue: yesterday } });
    // Written around the Document Service: the page is rendered again, as such writers must.
    await appModule<typeof RefreshPages>(app, 'delivery/read-model/refresh-pages').refreshAfterWrite(
      app.strapi,
      'api::article.article',
      lapsed.documentId
    );
    const page = await open(`/articles/${lapsed.slug}`);
    expect(await page.locator('.review-notice').textContent()).toMatch(
      /^This article was due for a new medical review on .*check with a clinician/
    );
    expect(await page.locator('.review-notice time').getAttribute('datetime')).toBe(yesterday);
    // REVIEW_OVERDUE_ACTION=flag: readers are told, search engines still list the page.
    expect(await page.locator('meta[name="robots"]').count()).toBe(0);
    await screenshot(page, 'site-03b-article-review-overdue');
    await open(`/articles/${MAIN}`, page);
    expect(await page.locator('.review-notice').count()).toBe(0);
    await page.close();
  });

  it('a condition page shows what it is and lists its articles', async () => {
    const page = await open('/conditions/shin-splints');
    expect(await page.locator('h1').textContent()).toBe('Shin splints');
    await page.getByRole('heading', { name: 'When to see a clinician' }).waitFor();
    expect(await page.locator('[data-page="condition"] .card__title').allTextContents()).toEqual(
      expect.arrayContaining([
        'Shin splints in new runners: why they happen and how to ease back in',
        'Why runners should get regular massage',
      ])
    );
    await screenshot(page, 'site-04-condition');
    await page.close();
  });

  it('the clinic finder lists clinics nearest first with their distance, and leads to a clinic page', async () => {
    const page = await open('/clinics');
    await page.getByRole('button', { name: 'Bristol' }).click();
    await page.waitForURL(/\/clinics\?lat=51\.4545&lng=-2\.5879/);
    await page
      .getByRole('status')
      .filter({ hasText: /clinics? within 25 km/ })
      .waitFor();
    await page.getByLabel('Within').selectOption('100');
    await page.getByRole('button', { name: 'Find clinics' }).click();
    await page.getByRole('status').filter({ hasText: '3 clinics within 100 km' }).waitFor();

    const names = await page.locator('.clinic-card__name').allTextContents();
    expect(names).toEqual(['Redland Run Clinic', 'Bathwick Sports Therapy', 'Pontcanna Sports Clinic']);
    const distances = await page.locator('.badge--distance').allTextContents();
    expect(distances.every((distance) => / km$/.test(distance))).toBe(true);
    const kilometres = distances.map((distance) => Number.parseFloat(distance));
    expect(kilometres).toEqual([...kilometres].sort((a, b) => a - b));
    expect(await page.getByRole('link', { name: 'Book at Redland Run Clinic' }).getAttribute('href')).toBe(
      'https://redland-run-clinic.example/book'
    );
    await screenshot(page, 'site-05-clinic-finder');

    await page.getByRole('link', { name: 'Redland Run Clinic', exact: true }).click();
    await page.waitForURL(/\/clinics\/redland-run-clinic$/);
    await page.locator('body[data-ready="true"]').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Redland Run Clinic');
    expect(await page.locator('table.hours tbody tr').count()).toBe(7);
    await screenshot(page, 'site-06-clinic');
    await page.close();
  });

  it('the header search box leads to results with the matches highlighted, and offers the corrected query', async () => {
    const page = await open('/');
    await page.getByRole('searchbox', { name: 'Search articles, conditions and benefits' }).fill('runing massage');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=runing\+massage/);
    await page.locator('body[data-ready="true"]').waitFor();
    expect(await page.locator('.did-you-mean').textContent()).toContain('running massage');
    const results = page.locator('[data-list="results"] .result');
    expect(await results.count()).toBeGreaterThan(1);
    expect(await results.locator('mark').count()).toBeGreaterThan(1);
    expect((await results.locator('mark').allTextContents()).map((text) => text.toLowerCase())).toContain('massage');
    await screenshot(page, 'site-07-search');

    const firstHit = results.first().getByRole('link');
    const [title, path] = await Promise.all([firstHit.textContent(), firstHit.getAttribute('href')]);
    await firstHit.click();
    await page.waitForURL(new RegExp(`${path}$`));
    await page.locator('body[data-ready="true"]').waitFor();
    expect(await page.locator('h1').textContent()).toBe(title);
    await page.close();
  });

  it('a signed preview link shows a draft with the banner, while its public page is not found', async () => {
    const draft = await app.strapi.documents('api::article.article').findFirst({ filters: { slug: DRAFT }, status: 'draft' });
    const link = new URL(previewUrl(app.strapi, 'api::article.article', draft!.documentId));
    const page = await open(`${link.pathname}${link.search}`);
    await page.getByText('Preview — not published').waitFor();
    expect(await page.locator('h1').textContent()).toBe(draft!.title);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    await screenshot(page, 'site-08-preview-draft');

    const expired = { uid: 'api::article.article', documentId: draft!.documentId, expires: Date.now() - 60_000 };
    link.searchParams.set('expires', String(expired.expires));
    link.searchParams.set('signature', signPreview(app.strapi, expired));
    await open(`${link.pathname}${link.search}`, page);
    await page
      .locator('[data-page="preview-refused"]')
      .getByText(/This preview link has expired/)
      .waitFor();

    await open(`/articles/${DRAFT}`, page);
    await page.locator('[data-page="not-found"]').getByText(`No published article has the slug "${DRAFT}".`).waitFor();
    await screenshot(page, 'site-09-draft-not-public');
    await page.close();
  });

  it('a preview follows the editor: the strapiUpdate message a save posts draws the draft again, other origins are ignored', async () => {
    const draft = await createArticle(app.strapi, { title: 'Preview before the save' });
    const link = new URL(previewUrl(app.strapi, 'api::article.article', draft.documentId));
    const page = await open(`${link.pathname}${link.search}`);
    await page.locator('h1', { hasText: 'Preview before the save' }).waitFor();
    await documentsOf(app.strapi, 'api::article.article').update({
      documentId: draft.documentId,
      data: { title: 'Preview after the save' },
    });

    // A page framing this one from elsewhere cannot make it refetch.
    await page.evaluate(() =>
      window.dispatchEvent(new MessageEvent('message', { data: { type: 'strapiUpdate' }, origin: 'https://elsewhere.example' }))
    );
    await page.waitForTimeout(500);
    expect(await page.locator('h1').textContent()).toBe('Preview before the save');

    // What the admin panel's preview pane posts after a save; the CMS serves this site, so one origin.
    await page.evaluate(() => window.postMessage({ type: 'strapiUpdate' }, window.location.origin));
    await page.locator('h1', { hasText: 'Preview after the save' }).waitFor();
    expect(await page.locator('body').getAttribute('data-preview-refreshed')).not.toBeNull();
    await page.close();
  });

  it('an unknown slug shows the not-found page, and an unreachable API a friendly error', async () => {
    const missing = await app.http().get('/clinics/nowhere-near');
    expect(missing.status).toBe(404);
    expect(missing.type).toBe('text/html');
    expect((await app.http().get('/clinics/redland-run-clinic')).status).toBe(200);
    expect((await app.http().get('/index.html')).headers.location).toBe('/');
    const page = await open('/clinics/nowhere-near');
    await page.getByRole('heading', { name: 'We couldn’t find that page' }).waitFor();
    expect(await page.locator('.lede').textContent()).toContain('nowhere-near');

    const offline = await watchedPage();
    await offline.route('**/api/**', (route) => route.abort('connectionrefused'));
    await open('/topics/recovery', offline);
    await offline.getByRole('heading', { name: 'We can’t reach our content right now' }).waitFor();
    await screenshot(offline, 'site-10-api-unreachable');
    await Promise.all([page.close(), offline.close()]);
  });

  it('the home page fits a phone screen', async () => {
    const phone = await browser.newContext({ baseURL: baseUrl, viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await open('/', await watchedPage(phone));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'site-11-home-phone');
    await phone.close();
  });

  it('no page ran into a script error or a refused resource', () => {
    expect(browserProblems).toEqual([]);
  });
});
