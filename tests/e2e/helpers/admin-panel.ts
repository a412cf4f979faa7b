import type { Browser, Page } from 'playwright-core';

export const ARTICLE_EDITOR = '/admin/content-manager/collection-types/api::article.article';

/** Signs in through the admin login form, in a fresh browser context of its own. */
export const signIn = async (browser: Browser, baseUrl: string, email: string, password: string): Promise<Page> => {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  await page.goto('/admin/auth/login');
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60_000 });
  return page;
};

/** The blocks editor of a rich-text field, typed into as a person would. */
export const typeInBody = async (page: Page, text: string) => {
  const editor = page.locator('[role="textbox"][contenteditable="true"]').first();
  await editor.click();
  // Slate loses track of the DOM when keys arrive before it has settled the selection.
  await page.waitForTimeout(300);
  await editor.pressSequentially(text, { delay: 15 });
};

/** Picks an option in a relation field's combobox by its visible label. */
export const pickRelation = async (page: Page, field: string, label: string) => {
  const input = page.locator(`input[name="${field}"]`);
  await input.click();
  await input.fill(label);
  await page.getByRole('option', { name: label }).first().click();
};

/** Opens an empty component field ("No entry yet. Click to add one.") by its label. */
export const addComponent = async (page: Page, label: RegExp) => {
  const emptyEntry = page.getByRole('button', { name: /No entry yet/ });
  // The innermost block holding both the field's label and its empty-entry button.
  const field = page
    .locator('div')
    .filter({ has: page.locator('label', { hasText: label }) })
    .filter({ has: emptyEntry })
    .last();
  await field.locator(emptyEntry).click();
};

/** Clicks a document action and waits for the content-manager's answer to it. */
export const clickAndAwaitResponse = async (page: Page, button: string, urlPart: RegExp) => {
  const [response] = await Promise.all([
    page.waitForResponse((r) => urlPart.test(r.url()) && r.request().method() !== 'GET', { timeout: 60_000 }),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return response;
};

export const save = (page: Page) => clickAndAwaitResponse(page, 'Save', /\/content-manager\/collection-types\//);
export const publish = (page: Page) => clickAndAwaitResponse(page, 'Publish', /\/actions\/publish/);

/** A medical reviewer's click on "Sign off this version" in the quality panel; the page reloads with the sign-off in it. */
export const signOff = async (page: Page) => {
  const [response] = await Promise.all([
    page.waitForResponse((r) => /\/editorial\/articles\/[^/]+\/sign-off$/.test(r.url()), { timeout: 60_000 }),
    page.getByTestId('sign-off').click(),
  ]);
  await page.waitForEvent('load');
  return response;
};
