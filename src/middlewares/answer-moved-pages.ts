import type { Context, Next } from 'koa';
import { PageMoved } from '../delivery/redirects';

/** Where the client should ask next: the same endpoint for the new slug, another page's endpoint, or the redirect's own target. */
const locationOf = (ctx: Context, moved: PageMoved) => {
  const { target } = moved;
  if (!target) return moved.redirect.to;
  const slug = encodeURIComponent(target.slug);
  // /api/articles/slug/old/related leads to /api/articles/slug/new/related, query string kept.
  if (target.sameType) return `${ctx.path.replace(/\/slug\/[^/]+/, `/slug/${slug}`)}${ctx.search}`;
  return `/api/${target.pluralName}/slug/${slug}`;
};

/**
 * A page endpoint asked for a slug that moved answers with the redirect's status (301 unless an
 * editor chose otherwise) and a Location, and says in the body where the page went.
 */
export default () => async (ctx: Context, next: Next) => {
  try {
    await next();
  } catch (error) {
    if (!(error instanceof PageMoved)) throw error;
    ctx.status = error.redirect.statusCode;
    ctx.set('Location', locationOf(ctx, error));
    ctx.body = { data: null, meta: { redirect: error.redirect } };
  }
};
