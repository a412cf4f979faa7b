import type { IncomingMessage } from 'http';
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { LOOKED_UP } from '../delivery/caching/answer-hits-first';
import { responseCacheOf } from '../delivery/caching/response-cache';

/**
 * First in Koa's chain, for the public reads the front (`answerHitsFirst`) looked up and did
 * not find: the answer is built by the whole chain while the queries it runs are recorded, and
 * `global::http-caching` keeps it if it is public content.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const cache = responseCacheOf(strapi);

  return async (ctx: Context, next: Next) => {
    const key = (ctx.req as IncomingMessage & { [LOOKED_UP]?: string })[LOOKED_UP];
    if (!cache.enabled || key === undefined) return next();
    await cache.answerMiss(ctx, key, () => next());
    if (ctx.status === 200 || ctx.status === 304) ctx.set('X-Cache', 'MISS');
  };
};
