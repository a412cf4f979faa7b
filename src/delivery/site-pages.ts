import fs from 'fs/promises';
import path from 'path';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { CONTENT_MODEL } from '../content-model/registry';
import { escapeHtml } from './escape-html';
import { hasStoredPage } from './read-model/read-pages';
import { redirectFrom } from './redirects';

/** The example site's pages: each answers with the same HTML shell, and the browser code fills it from the public API. */
export const SITE_PAGE_PATHS = [
  '/',
  '/articles/:slug',
  '/topics/:slug',
  '/conditions/:slug',
  '/benefits/:slug',
  '/clinics',
  '/clinics/:slug',
  '/search',
  '/preview',
] as const;

const SHELL_FILE = 'index.html';

/** The shell with the site's name, description and language from config/site.ts filled in. */
const renderShell = async (strapi: Core.Strapi) => {
  const template = await fs.readFile(path.join(strapi.dirs.static.public, SHELL_FILE), 'utf8');
  const values: Record<string, string> = {
    siteName: strapi.config.get('site.name', 'Wellness clinic') as string,
    siteDescription: strapi.config.get('site.description', '') as string,
    language: strapi.config.get('site.language', 'en') as string,
  };
  return template.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => (name in values ? escapeHtml(values[name]) : placeholder));
};

const UID_BY_PREFIX = Object.fromEntries(CONTENT_MODEL.map((entry) => [entry.pagePrefix, entry.uid]));

/**
 * Whether a slug page has published content behind it: the shell is served either way (the page
 * says what is missing), but crawlers and caches must see a 404 for a page that does not exist.
 */
const pageExists = async (strapi: Core.Strapi, pathname: string) => {
  const [, prefix, slug] = pathname.match(/^(\/[a-z-]+)\/([^/]+)$/) ?? [];
  const uid = prefix && UID_BY_PREFIX[prefix];
  if (!uid) return true;
  let decoded: string;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    return false; // A malformed escape names no page.
  }
  return hasStoredPage(strapi, uid, decoded);
};

/**
 * Serves the example site at the page paths of the content-model registry. Registered from
 * register(): strapi::public adds its own GET / (a redirect to the admin panel) while the
 * middlewares load, and of two routes on one path the first registered answers.
 */
/** What `strapi.server.routes` takes: Strapi fills in `info` itself. */
type SiteRoute = Omit<Core.Route, 'info'>;

export const registerSitePages = (strapi: Core.Strapi) => {
  const serveShell = async (ctx: Context) => {
    const html = await renderShell(strapi);
    if (!(await pageExists(strapi, ctx.path))) {
      // A page that moved sends browsers and crawlers on, with the redirect's own status.
      const redirect = await redirectFrom(strapi, ctx.path);
      if (redirect) {
        ctx.redirect(redirect.to);
        ctx.status = redirect.statusCode;
        return;
      }
      ctx.status = 404;
    }
    ctx.type = 'text/html; charset=utf-8';
    // Pages are filled from the API on every visit; an old shell must not outlive a deploy.
    ctx.set('Cache-Control', 'no-cache');
    // A draft preview must never be indexed, even if a signed link leaks.
    if (ctx.path === '/preview') ctx.set('X-Robots-Tag', 'noindex, nofollow');
    ctx.body = html;
  };
  // The shell file itself holds unfilled placeholders: its own URL leads to the home page.
  const toHome = async (ctx: Context) => ctx.redirect('/');
  strapi.server.routes([
    ...SITE_PAGE_PATHS.map((pagePath): SiteRoute => ({ method: 'GET', path: pagePath, handler: serveShell, config: { auth: false } })),
    { method: 'GET', path: `/${SHELL_FILE}`, handler: toHome, config: { auth: false } },
  ]);
};
