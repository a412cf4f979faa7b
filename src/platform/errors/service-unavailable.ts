import type { Context } from 'koa';
import { errorBody, type ErrorBody } from './error-body';

/**
 * A 503 in Strapi's error shape, with Retry-After. Written here rather than thrown: Strapi's
 * errors have no 503, and a `ctx.throw(503)` is Koa's own http-errors (1.x), which
 * `strapi::errors` does not recognise as its HttpError (2.x), so it would answer with a generic
 * message and log the refusal as a crash. Nobody (browser, CDN, the response cache) may keep it.
 */
export const answerServiceUnavailable = (ctx: Context, retryAfterSeconds: number, error: Omit<ErrorBody['error'], 'status'>) => {
  ctx.status = 503;
  ctx.set('Retry-After', String(retryAfterSeconds));
  ctx.set('Cache-Control', 'no-store');
  ctx.remove('ETag');
  ctx.body = errorBody({ status: 503, ...error });
};
