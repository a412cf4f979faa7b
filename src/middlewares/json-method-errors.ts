import type { Context, Next } from 'koa';
import { errorBody } from '../platform/errors/error-body';

const NAMES: Record<number, string> = { 405: 'MethodNotAllowedError', 501: 'NotImplementedError' };

/**
 * The router answers a method a path does not take (POST to a page, PUT to the feed) by
 * setting the status and Allow header alone: no error Strapi could catch, and Koa sends the
 * status text as plain text. The API promises JSON for every error; the Allow header stays.
 */
export default () => async (ctx: Context, next: Next) => {
  await next();
  const name = NAMES[ctx.status];
  if (name && (ctx.body === undefined || ctx.body === null || typeof ctx.body === 'string')) {
    const status = ctx.status;
    ctx.body = errorBody({ status, name, message: `${ctx.method} is not allowed on ${ctx.path}.`, details: {} });
    ctx.status = status;
  }
};
