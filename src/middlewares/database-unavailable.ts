import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { isConnectionError } from '../platform/database-outage/connection-errors';
import { watchDatabaseReachability } from '../platform/database-outage/database-reachability';
import { answerServiceUnavailable } from '../platform/errors/service-unavailable';

// A PostgreSQL restart or fail-over takes seconds; clients and proxies may retry after this.
const RETRY_AFTER_SECONDS = 5;

const answerUnavailable = (ctx: Context) =>
  answerServiceUnavailable(ctx, RETRY_AFTER_SECONDS, {
    name: 'ServiceUnavailableError',
    message: 'The database is unavailable. Try again shortly.',
    details: {},
  });

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

// Liveness of the process (Strapi's own route), answered whatever the database does.
const ALWAYS_ANSWERED = new Set(['/_health']);

/** What a request that met an unreachable database may have been answered with instead of an outage. */
const looksLikeOutageFallout = (ctx: Context) => [401, 403, 500].includes(ctx.status) || hasGraphqlErrors(ctx);

/**
 * Right inside `strapi::errors`: while the database cannot be reached, requests fail at once
 * with 503, Retry-After and Strapi's error shape, instead of a 500 (or a 401 where a swallowed
 * error left the request unauthenticated) or a wait in the connection pool's queue. The pool
 * discards dead connections by itself, so once a probe connection opens again requests are
 * answered normally.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const database = watchDatabaseReachability(strapi);

  return async (ctx: Context, next: Next) => {
    if (database.isUnreachable() && !ALWAYS_ANSWERED.has(ctx.path)) return answerUnavailable(ctx);
    const failuresBefore = database.failures();
    try {
      await next();
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      database.noteFailure(error);
      strapi.log.warn(`${ctx.method} ${ctx.path}: database unavailable (${(error as Error).message})`);
      return answerUnavailable(ctx);
    }
    if (database.failures() !== failuresBefore && looksLikeOutageFallout(ctx)) answerUnavailable(ctx);
  };
};
