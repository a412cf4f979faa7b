import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { publicReadRule } from '../delivery/public-reads';
import type { CachedResponse } from '../response-cache/cached-response';
import { cacheKeyOf } from '../response-cache/cache-key';
import { responseCacheOf } from '../response-cache/response-cache';

const send = (ctx: Context, entry: CachedResponse) => {
  ctx.status = entry.status;
  ctx.set(entry.headers);
  ctx.set('X-Cache', 'HIT');
  if (ctx.fresh) {
    ctx.status = 304;
    return;
  }
  const encoding = entry.gzip ? ctx.acceptsEncodings('br', 'gzip', 'identity') : 'identity';
  if (encoding === 'br' || encoding === 'gzip') {
    ctx.set('Content-Encoding', encoding);
    ctx.body = entry[encoding];
  } else {
    ctx.body = entry.body;
  }
};

/**
 * First in the chain: answers public reads from the response cache before Strapi's own
 * middlewares run, which is where the speed comes from. The stored headers are the ones the full
 * chain produced (security headers, CORS for that Origin, ETag, Cache-Control), so a hit looks
 * exactly like the answer it copies. Misses go down the chain and are kept by `global::http-caching`.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const cache = responseCacheOf(strapi);
  const { isPublicRead } = publicReadRule(strapi);

  return async (ctx: Context, next: Next) => {
    if (!cache.enabled || !isPublicRead(ctx)) return next();
    const key = cacheKeyOf(ctx);
    if (key === undefined) return next();

    // Only a shared store answers later: the in-process one costs no promise on a hit.
    const found = cache.lookup(key);
    const hit = found instanceof Promise ? await found : found;
    if (hit) return send(ctx, hit);
    await cache.answerMiss(ctx, key, () => next());
    if (ctx.status === 200 || ctx.status === 304) ctx.set('X-Cache', 'MISS');
  };
};
