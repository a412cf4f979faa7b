import type { Context, Next } from 'koa';
import { readRestOfBody } from '../platform/http-bodies/read-rest-of-body';

type Config = { maxBytes: number; maxMilliseconds: number };

/**
 * A body refused for its size (413) is answered before the client has finished sending it.
 * Node then closes the connection under the client's feet, and many clients (browsers,
 * superagent, fetch) report a broken pipe instead of the JSON 413. Reading the rest first,
 * within a bound (as Tomcat's maxSwallowSize does), lets them see the answer.
 */
export default (config: Config) => async (ctx: Context, next: Next) => {
  await next();
  if (ctx.status !== 413 || ctx.req.complete) return;
  const declared = Number(ctx.get('content-length'));
  if (Number.isFinite(declared) && declared > config.maxBytes) return;
  await readRestOfBody(ctx.req, config);
};
