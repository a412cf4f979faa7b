import type { Context, Next } from 'koa';

const UPLOADS = '/uploads/';

/**
 * Uploaded files are served from the API's own origin. Only media types are accepted, but a
 * file that slipped through (or predates the allow-list) must still never run as a page there.
 */
export default () => async (ctx: Context, next: Next) => {
  await next();
  if (!ctx.path.startsWith(UPLOADS)) return;
  ctx.set('Content-Security-Policy', "default-src 'none'; img-src 'self'; media-src 'self'; sandbox");
  ctx.set('X-Content-Type-Options', 'nosniff');
};
