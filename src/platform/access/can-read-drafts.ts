import type { Context } from 'koa';

type AuthState = { strategy?: { name?: string }; credentials?: { type?: string } };

/**
 * Who may see unpublished content through the content API: holders of a full-access API token
 * (front-end build servers) and requests carrying a verified preview link (the preview
 * controller sets `previewAccess` after checking its signature). The public role, logged-in
 * site users and read-only or custom tokens see published content only, whatever they ask for.
 */
export const canReadDrafts = (ctx: Pick<Context, 'state'>): boolean => {
  const auth = ctx.state?.auth as AuthState | undefined;
  const hasFullAccessToken = auth?.strategy?.name === 'content-api-token' && auth.credentials?.type === 'full-access';
  return hasFullAccessToken || Boolean(ctx.state?.previewAccess);
};

/** REST routes under /api and the GraphQL endpoint both mark themselves as content-api routes. */
export const isContentApiRequest = (ctx: Pick<Context, 'state'> | undefined): ctx is Context =>
  (ctx?.state?.route as { info?: { type?: string } } | undefined)?.info?.type === 'content-api';
