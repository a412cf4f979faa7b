import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { isConnectionError, watchConnectionFailures } from '../database-outage/connection-errors';

// A PostgreSQL restart or fail-over takes seconds; clients and proxies may retry after this.
const RETRY_AFTER_SECONDS = 5;

const answerUnavailable = (ctx: Context) => {
  ctx.status = 503;
  ctx.set('Retry-After', String(RETRY_AFTER_SECONDS));
  // Nobody (browser, CDN, the response cache) may keep an outage as the answer.
  ctx.set('Cache-Control', 'no-store');
  ctx.remove('ETag');
  ctx.body = {
    data: null,
    error: { status: 503, name: 'ServiceUnavailableError', message: 'The database is unavailable. Try again shortly.', details: {} },
  };
};

const hasGraphqlErrors = (ctx: Context) => {
  if (!ctx.path.startsWith('/graphql')) return false;
  const { body } = ctx;
  try {
    const parsed = typeof body === 'string' || Buffer.isBuffer(body) ? JSON.parse(body.toString()) : body;
    return Boolean((parsed as { errors?: unknown } | null)?.errors);
  } catch {
    return false;
  }
};

/** What a request that met an unreachable database may have been answered with instead of an outage. */
const looksLikeOutageFallout = (ctx: Context) => [401, 403, 500].includes(ctx.status) || hasGraphqlErrors(ctx);

/**
 * Right inside `strapi::errors`: while the database cannot be reached, requests fail at once
 * with 503, Retry-After and Strapi's error shape, instead of a 500 (or a 401 where a swallowed
 * error left the request unauthenticated). The pool discards dead connections by itself, so
 * the first request after the database is back is answered normally.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const failures = watchConnectionFailures(strapi);

  return async (ctx: Context, next: Next) => {
    const failuresBefore = failures.count();
    try {
      await next();
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      strapi.log.warn(`${ctx.method} ${ctx.path}: database unavailable (${(error as Error).message})`);
      return answerUnavailable(ctx);
    }
    if (failures.count() !== failuresBefore && looksLikeOutageFallout(ctx)) answerUnavailable(ctx);
  };
};
