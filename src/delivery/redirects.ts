import type { Core, UID } from '@strapi/strapi';
import { pagePath } from '../content-model/page-paths';
import { REDIRECT, pageOfPath, type Redirect } from '../content-model/redirect-paths';

type RedirectRow = { from: string; to: string; statusCode: number | string };

const asRedirect = (row: RedirectRow): Redirect => ({ from: row.from, to: row.to, statusCode: Number(row.statusCode) });

/** The redirect stored for a site path, if any. */
export const redirectFrom = async (strapi: Core.Strapi, path: string) => {
  const row: RedirectRow | null = await strapi.db.query(REDIRECT).findOne({ where: { from: path }, select: ['from', 'to', 'statusCode'] });
  return row ? asRedirect(row) : undefined;
};

/** Every redirect, by path, for front-ends that build a redirect map at build time. */
export const allRedirects = async (strapi: Core.Strapi) => {
  const rows: RedirectRow[] = await strapi.db.query(REDIRECT).findMany({ select: ['from', 'to', 'statusCode'], orderBy: { from: 'asc' } });
  return rows.map(asRedirect);
};

/**
 * A page that now lives at another address: thrown where a page endpoint finds no document, and
 * answered with the redirect's status and a Location (global::answer-moved-pages).
 */
export class PageMoved extends Error {
  constructor(
    readonly redirect: Redirect,
    /** The slug endpoint of the page it leads to, when that is a document page of this site. */
    readonly target?: { pluralName: string; slug: string; sameType: boolean }
  ) {
    super(`Moved to ${redirect.to}`);
  }
}

/** The redirect for a document page that is not (or no longer) there, as a PageMoved, or undefined. */
export const movedPage = async (strapi: Core.Strapi, uid: UID.ContentType, slug: string) => {
  const from = pagePath(uid, slug);
  const redirect = from ? await redirectFrom(strapi, from) : undefined;
  if (!redirect) return undefined;
  const page = pageOfPath(redirect.to);
  const target = page && {
    pluralName: strapi.contentType(page.entry.uid).info.pluralName,
    slug: page.slug,
    sameType: page.entry.uid === uid,
  };
  return new PageMoved(redirect, target);
};
