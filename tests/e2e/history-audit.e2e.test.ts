import fs from 'fs';
import type { AddressInfo } from 'net';
import type { Browser } from 'playwright-core';
import { useTestApp } from '../helpers/strapi';
import { adminSession, contentManager } from '../helpers/admin';
import { paragraph } from '../../src/content-model/rich-text/blocks';
import { createArticle } from '../helpers/content';
import { ARTICLE_EDITOR, signIn } from './helpers/admin-panel';
import { launchChromium, screenshot } from './helpers/browser';

const ARTICLE = 'api::article.article';

describe('history and the audit log in the admin panel, in a real browser', () => {
  const app = useTestApp({ env: { SERVE_ADMIN: 'true', AUTH_RATE_LIMIT_MAX: '100' } });
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    baseUrl = `http://127.0.0.1:${(app.strapi.server.httpServer.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an editor sees what a save changed, word by word, and brings the earlier version back as the draft', async () => {
    const editor = await adminSession(app, 'editor');
    const article = await createArticle(app.strapi, {
      title: 'Easing tight hamstrings after long runs',
      body: [paragraph('Slow strokes along the back of the thigh ease the feeling of tightness for a day or two.')],
    });
    const saved = await contentManager(app, editor).update(article.documentId, {
      title: 'Tight hamstrings after long runs',
      body: [paragraph('Slow strokes along the back of the thigh ease the feeling of tightness for several days.')],
    });
    expect(saved.status).toBe(200);

    const page = await signIn(browser, baseUrl, editor.email, editor.password);
    await page.goto(`${ARTICLE_EDITOR}/${article.documentId}`);
    const panel = page.getByTestId('history-panel');
    await panel.waitFor({ timeout: 60_000 });
    const entries = panel.getByTestId('history-entry');
    await expect(entries.count()).resolves.toBe(2);
    await expect(entries.nth(0).textContent()).resolves.toMatch(new RegExp(`^Saved.*${editor.email.replace('.', '\\.')}.*admin panel`));
    await expect(entries.nth(1).textContent()).resolves.toMatch(/^Created.*script/);

    await entries.nth(0).getByRole('button').first().click();
    const body = panel.getByTestId('history-change-body');
    await body.waitFor();
    expect(await body.getByTestId('history-removed').allTextContents()).toEqual(['a day or two']);
    expect(await body.getByTestId('history-added').allTextContents()).toEqual(['several days']);
    expect(await panel.getByTestId('history-change-title').getByTestId('history-removed').allTextContents()).toEqual(['Easing tight']);
    await panel.getByTestId('history-change-body').scrollIntoViewIfNeeded();
    await screenshot(page, 'history-diff');

    await entries.nth(1).getByRole('button').first().click();
    await panel.getByTestId('history-restore').click();
    const [restored] = await Promise.all([
      page.waitForResponse((response) => /\/editorial\/history\/.+\/restore$/.test(response.url())),
      panel.getByTestId('history-confirm-restore').click(),
    ]);
    expect(restored.status()).toBe(200);
    await page.waitForEvent('load');
    await expect(page.locator('input[name="title"]').inputValue()).resolves.toBe('Easing tight hamstrings after long runs');
    await page.getByTestId('history-panel').waitFor();
    await expect(page.getByTestId('history-entry').first().textContent()).resolves.toMatch(/^Restored/);

    const draft = await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: article.documentId, publishedAt: null } });
    expect(draft.title).toBe('Easing tight hamstrings after long runs');
    await page.context().close();
  });

  it('a super admin filters the audit log and exports it as CSV', async () => {
    const owner = await adminSession(app, 'superAdmin');
    const editor = await adminSession(app, 'editor');
    const article = await createArticle(app.strapi, { title: 'Pre-race massage: how close is too close' });
    expect((await contentManager(app, editor).publish(article.documentId)).status).toBe(200);

    const page = await signIn(browser, baseUrl, owner.email, owner.password);
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByTestId('audit-table').waitFor({ timeout: 60_000 });
    // Loaded again at its own address: the menu link's tooltip would cover the table in the screenshot.
    await page.reload();
    await page.getByTestId('audit-table').waitFor({ timeout: 60_000 });
    await page.locator('select[name="action"]').selectOption('publish');
    await page.getByTestId('audit-row').first().getByText('publish', { exact: true }).waitFor();
    const rows = await page.getByTestId('audit-row').allTextContents();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(editor.email);
    expect(rows[0]).toContain('Pre-race massage: how close is too close');
    await screenshot(page, 'audit-log');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export').click()]);
    const csv = fs
      .readFileSync(await download.path(), 'utf8')
      .trim()
      .split('\r\n');
    expect(csv[0]).toBe('at,action,by,actorKind,source,uid,documentId,detail');
    expect(csv.slice(1)).toHaveLength(1);
    expect(csv[1]).toContain(article.documentId);

    // Editors have no menu entry, and the log answers them 403.
    const editorPage = await signIn(browser, baseUrl, editor.email, editor.password);
    await expect(editorPage.getByRole('link', { name: 'Audit log' }).count()).resolves.toBe(0);
    await editorPage.context().close();
    await page.context().close();
  });
});
