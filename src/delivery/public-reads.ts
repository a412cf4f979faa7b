import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { PUBLIC_CONTENT_TYPES } from '../permissions/public-read-access';

export type PublicReadRule = {
  /** A request whose answer is the same for everyone: browsers, CDNs and our cache may keep it. */
  isPublicRead: (ctx: Context) => boolean;
  isGraphqlQuery: (ctx: Context) => boolean;
};

/**
 * One rule for what counts as a public read: a GET of published content (REST, feeds, or a
 * GraphQL query sent as GET) without credentials. Previews, accounts, uploads and the admin
 * panel are never among them.
 */
export const publicReadRule = (strapi: Core.Strapi): PublicReadRule => {
  const apis = [...PUBLIC_CONTENT_TYPES.map((uid) => strapi.contentType(uid).info.pluralName), 'search', 'openapi\\.json'];
  const publicContent = new RegExp(`^/(api/(${apis.join('|')})(/|$)|feed\\.xml$|sitemap\\.xml$|robots\\.txt$)`);
  const graphqlEndpoint = strapi.plugin('graphql') ? (strapi.plugin('graphql').config('endpoint') as string) : undefined;

  const isRead = (ctx: Context) => (ctx.method === 'GET' || ctx.method === 'HEAD') && !ctx.get('Authorization');
  const isGraphqlQuery = (ctx: Context) => isRead(ctx) && ctx.path === graphqlEndpoint && Boolean(ctx.querystring);
  return {
    isGraphqlQuery,
    isPublicRead: (ctx) => (isRead(ctx) && publicContent.test(ctx.path)) || isGraphqlQuery(ctx),
  };
};
