import type { Core, Modules } from '@strapi/strapi';
import { documentsOf } from '../../content-model/documents';
import { REDIRECT, pageOfPath, redirectTarget, sitePath } from '../../content-model/redirect-paths';
import { fieldError } from '../../platform/errors/field-error';

type RedirectRow = { documentId: string; from: string; to: string };
const MAX_CHAIN = 50;
const STATUS_CODES = [301, 302, 307, 308];

const isLivePage = async (strapi: Core.Strapi, path: string) => {
  const page = pageOfPath(path);
  if (!page) return false;
  const hasDrafts = Boolean(strapi.contentType(page.entry.uid).options?.draftAndPublish);
  const live = await strapi.db
    .query(page.entry.uid)
    .count({ where: { slug: page.slug, ...(hasDrafts ? { publishedAt: { $notNull: true } } : {}) } });
  return live > 0;
};

/** Where `to` finally leads through the redirects already stored; a 400 when it comes back to `from`. */
const finalTarget = async (strapi: Core.Strapi, from: string, to: string) => {
  let target = to;
  for (let step = 0; step < MAX_CHAIN; step += 1) {
    if (target === from) throw fieldError('to', `A redirect from ${from} to ${to} would loop: ${to} already leads back to ${from}.`);
    const next: RedirectRow | null = await strapi.db.query(REDIRECT).findOne({ where: { from: target }, select: ['to'] });
    if (!next) return target;
    target = next.to;
  }
  throw fieldError('to', `${to} starts a chain of more than ${MAX_CHAIN} redirects.`);
};

/**
 * What every redirect must be, however it is written (the editors' collection, the slug-change
 * recorder, a script): `from` a path of this site that is not a live page (it would never be
 * followed), `to` a path or an http(s) address, status 301, 302, 307 or 308. Chains are collapsed
 * both ways, so that every redirect leads to its final page in one hop, and loops are refused.
 */
export const enforceRedirectRules =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid !== REDIRECT || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { documentId?: string; data?: Record<string, unknown> };
    const data = params.data ?? {};
    const stored: RedirectRow | null =
      context.action === 'update' && params.documentId
        ? await strapi.db.query(REDIRECT).findOne({ where: { documentId: params.documentId }, select: ['from', 'to'] })
        : null;

    const from = 'from' in data || !stored ? sitePath(data.from, { matched: true }) : stored.from;
    if (!from) throw fieldError('from', '"from" must be a path of this site, like /articles/old-slug (no query string, no other host).');
    const to = 'to' in data || !stored ? redirectTarget(data.to) : stored.to;
    if (!to) throw fieldError('to', '"to" must be a path of this site, like /articles/new-slug, or an http(s) address.');
    if (await isLivePage(strapi, from)) {
      throw fieldError('from', `${from} is a live page: a redirect from it would never be followed. Change that page's slug instead.`);
    }
    if ('statusCode' in data && data.statusCode !== undefined && !STATUS_CODES.includes(Number(data.statusCode))) {
      throw fieldError(
        'statusCode',
        `"statusCode" must be one of ${STATUS_CODES.join(', ')}: 301 or 308 for a page that moved for good, 302 or 307 for a while.`
      );
    }
    const target = await finalTarget(strapi, from, to);
    params.data = { ...data, from, to: target };

    const written = await next();
    // Redirects that led to `from` now lead straight to where it leads.
    await strapi.db.query(REDIRECT).updateMany({ where: { to: from }, data: { to: target } });
    return written;
  };

/**
 * Records that a published page moved: its old path now leads to the new one. A redirect away
 * from the new path (the slug was changed back) is removed, since that page is live again.
 */
export const recordMove = async (strapi: Core.Strapi, from: string, to: string) => {
  const redirects = documentsOf(strapi, REDIRECT);
  const shadowing: RedirectRow | null = await strapi.db.query(REDIRECT).findOne({ where: { from: to }, select: ['documentId'] });
  if (shadowing) await redirects.delete({ documentId: shadowing.documentId });
  const existing: RedirectRow | null = await strapi.db.query(REDIRECT).findOne({ where: { from }, select: ['documentId'] });
  const data = { from, to, statusCode: 301, origin: 'slug-change' };
  if (existing) await redirects.update({ documentId: existing.documentId, data });
  else await redirects.create({ data });
};
