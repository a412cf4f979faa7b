import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';

// Public, published content: what browsers and CDNs may keep. Previews, accounts, uploads and
// the admin panel are never on this list.
const PUBLIC_CONTENT = /^\/(api\/(articles|topics|conditions|benefits|clinic-locations|authors|search|openapi\.json)(\/|$)|feed\.xml$|sitemap\.xml$|robots\.txt$)/;

const isPublicRead = (ctx: Context) =>
  (ctx.method === 'GET' || ctx.method === 'HEAD') && !ctx.get('Authorization') && PUBLIC_CONTENT.test(ctx.path) && !ctx.state.previewAccess;

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
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next) => {
    await next();
    if (!isPublicRead(ctx) || ctx.status !== 200) return;
    const text = bodyText(ctx);
    if (text === undefined) return;

    const maxAge = strapi.config.get('http-cache.maxAgeSeconds', 60) as number;
    const staleWhileRevalidate = strapi.config.get('http-cache.staleWhileRevalidateSeconds', 300) as number;
    ctx.set('Cache-Control', `public, max-age=${maxAge}, stale-while-revalidate=${staleWhileRevalidate}`);
    ctx.vary('Accept-Encoding');
    ctx.etag = `"${crypto.createHash('sha256').update(text).digest('base64url').slice(0, 32)}"`;
    if (ctx.fresh) {
      ctx.status = 304;
      ctx.body = null;
    }
  };
