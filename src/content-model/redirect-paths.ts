import type { UID } from '@strapi/strapi';
import { CONTENT_MODEL, type ContentTypeEntry } from './registry';

export const REDIRECT: UID.ContentType = 'api::redirect.redirect';

/** A redirect as front-ends use it. */
export type Redirect = { from: string; to: string; statusCode: number };

const MAX_PATH = 500;
// Spaces, control characters and backslashes make a path that browsers and servers read differently.
const isUnsafe = (path: string) => /[\s\\]/.test(path) || [...path].some((character) => character < ' ' || character === '\u007f');

/**
 * A site path as redirects store it: starting with one slash, without a trailing one, no
 * query or fragment on the side it is matched by. Undefined when it is no such path.
 */
export const sitePath = (value: unknown, { matched }: { matched: boolean }) => {
  if (typeof value !== 'string') return undefined;
  const path = value.trim();
  // "//host" is a link to another site, not a path of this one.
  if (!path.startsWith('/') || path.startsWith('//') || path.length > MAX_PATH || isUnsafe(path)) return undefined;
  if (matched && /[?#]/.test(path)) return undefined;
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
};

/** Where a redirect may lead: a path of this site, or a page of another site over http(s). */
export const redirectTarget = (value: unknown) => {
  if (typeof value === 'string' && /^https?:\/\//i.test(value.trim())) {
    try {
      const url = new URL(value.trim());
      return url.toString();
    } catch {
      return undefined;
    }
  }
  return sitePath(value, { matched: false });
};

/** The document page a site path is (`/articles/some-slug`), by the registry's page prefixes. */
export const pageOfPath = (path: string): { entry: ContentTypeEntry; slug: string } | undefined => {
  const [, prefix, slug] = path.match(/^(\/[a-z-]+)\/([^/?#]+)$/) ?? [];
  const entry = CONTENT_MODEL.find((candidate) => candidate.pagePrefix === prefix);
  if (!entry || !slug) return undefined;
  try {
    return { entry, slug: decodeURIComponent(slug) };
  } catch {
    return undefined;
  }
};
