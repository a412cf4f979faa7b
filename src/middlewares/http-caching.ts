import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { PUBLIC_CONTENT_TYPES } from '../permissions/public-read-access';

/**
 * Paths of public, published content: what browsers and CDNs may keep. Previews, accounts,
 * uploads and the admin panel are never among them.
 */
const publicContentPaths = (strapi: Core.Strapi) => {
  const apis = [...PUBLIC_CONTENT_TYPES.map((uid) => strapi.contentType(uid).info.pluralName), 'search', 'openapi\\.json'];
  return new RegExp(`^/(api/(${apis.join('|')})(/|$)|feed\\.xml$|sitemap\\.xml$|robots\\.txt$)`);
};

/** The bytes Koa would send, so the ETag describes exactly them. */
const bodyText = (ctx: Context) => {
  const { body } = ctx;
  if (typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return body;
  if (body && typeof body === 'object' && typeof (body as { pipe?: unknown }).pipe !== 'function') {
    const json = JSON.stringify(body);
    ctx.body = json;
    ctx.type = 'application/json';
    return json;
  }
  return undefined;
};

/**
 * Strong ETags with 304 on If-None-Match, and Cache-Control with max-age and
 * stale-while-revalidate, on successful public reads; everything else is left uncacheable.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const publicContent = publicContentPaths(strapi);
  const maxAge = strapi.config.get('http-cache.maxAgeSeconds', 60) as number;
  const staleWhileRevalidate = strapi.config.get('http-cache.staleWhileRevalidateSeconds', 300) as number;
  const cacheControl = `public, max-age=${maxAge}, stale-while-revalidate=${staleWhileRevalidate}`;
  const isPublicRead = (ctx: Context) =>
    (ctx.method === 'GET' || ctx.method === 'HEAD') && !ctx.get('Authorization') && publicContent.test(ctx.path) && !ctx.state.previewAccess;

  return async (ctx: Context, next: Next) => {
    await next();
    if (!isPublicRead(ctx) || ctx.status !== 200) return;
    const text = bodyText(ctx);
    if (text === undefined) return;

    ctx.set('Cache-Control', cacheControl);
    ctx.vary('Accept-Encoding');
    ctx.etag = `"${crypto.createHash('sha256').update(text).digest('base64url').slice(0, 32)}"`;
    if (ctx.fresh) {
      ctx.status = 304;
      ctx.body = null;
    }
  };
};
