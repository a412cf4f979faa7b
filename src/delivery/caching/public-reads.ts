import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { PUBLIC_CONTENT_TYPES } from '../../content-model/registry';

/** What the rule looks at, from a Koa context or a bare Node request alike. */
export type ReadRequest = { method: string; path: string; querystring: string; authorization?: string };
type Request = Context | ReadRequest;

export type PublicReadRule = {
  /** A request whose answer is the same for everyone: browsers, CDNs and our cache may keep it. */
  isPublicRead: (request: Request) => boolean;
  isGraphqlQuery: (request: Request) => boolean;
};

const authorizationOf = (request: Request) => ('get' in request ? request.get('Authorization') : request.authorization);

/**
 * One rule for what counts as a public read: a GET of published content (REST, feeds, or a
 * GraphQL query sent as GET) without credentials. Previews, accounts, uploads and the admin
 * panel are never among them.
 */
export const publicReadRule = (strapi: Core.Strapi): PublicReadRule => {
  const apis = [...PUBLIC_CONTENT_TYPES.map((uid) => strapi.contentType(uid).info.pluralName), 'search', 'openapi\\.json'];
  const publicContent = new RegExp(`^/(api/(${apis.join('|')})(/|$)|(api/)?(feed\\.xml|sitemap\\.xml|robots\\.txt)$)`);
  const graphqlEndpoint = strapi.plugin('graphql') ? (strapi.plugin('graphql').config('endpoint') as string) : undefined;

  const isRead = (request: Request) => (request.method === 'GET' || request.method === 'HEAD') && !authorizationOf(request);
  const isGraphqlQuery = (request: Request) => isRead(request) && request.path === graphqlEndpoint && Boolean(request.querystring);
  return {
    isGraphqlQuery,
    isPublicRead: (request) => (isRead(request) && publicContent.test(request.path)) || isGraphqlQuery(request),
  };
};
