import type { Context, Next } from 'koa';

/**
 * Koa caches each parsed query string in a plain object keyed by the raw string, so a request
 * for `?__proto__` was handed Object.prototype as its `ctx.query`; the first middleware to set
 * `ctx.query.populate` then wrote it onto every object in the process, and later queries broke
 * (found by the REST fuzzer). A cache without a prototype has no such keys.
 */
export default () => async (ctx: Context, next: Next) => {
  (ctx.request as unknown as { _querycache: Record<string, unknown> })._querycache = Object.create(null);
  return next();
};
