import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { publicReadRule } from '../delivery/caching/public-reads';
import { responseCacheOf } from '../delivery/caching/response-cache';

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

// GraphQL answers errors with 200 and an `errors` list; those are not public content.
const isGraphqlError = (text: string | Buffer) => {
  try {
    return (JSON.parse(text.toString()) as { errors?: unknown }).errors !== undefined;
  } catch {
    return true;
  }
};

/**
 * Strong ETags with 304 on If-None-Match, and Cache-Control with max-age and
 * stale-while-revalidate, on successful public reads, which the response cache then keeps;
 * everything else is left uncacheable.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const { isPublicRead, isGraphqlQuery } = publicReadRule(strapi);
  const responseCache = responseCacheOf(strapi);
  const maxAge = strapi.config.get('http-cache.maxAgeSeconds', 60) as number;
  const staleWhileRevalidate = strapi.config.get('http-cache.staleWhileRevalidateSeconds', 300) as number;
  const cacheControl = `public, max-age=${maxAge}, stale-while-revalidate=${staleWhileRevalidate}`;

  return async (ctx: Context, next: Next) => {
    await next();
    if (!isPublicRead(ctx) || ctx.state.previewAccess || ctx.status !== 200) return;
    const text = bodyText(ctx);
    if (text === undefined || (isGraphqlQuery(ctx) && isGraphqlError(text))) return;

    ctx.set('Cache-Control', cacheControl);
    ctx.vary('Accept-Encoding');
    ctx.etag = `"${crypto.createHash('sha256').update(text).digest('base64url').slice(0, 32)}"`;
    await responseCache.keep(ctx, text);
    if (ctx.fresh) {
      ctx.status = 304;
      ctx.body = null;
    }
  };
};
