import type { Core, Modules } from '@strapi/strapi';
import { ForbiddenWithMessage } from '../errors/forbidden-with-message';
import { canReadDrafts, isContentApiRequest } from './can-read-drafts';

const READ_ACTIONS = new Set(['findMany', 'findFirst', 'findOne', 'count']);
// These ask which documents have unpublished edits: editorial state the public must not infer.
const EDITORIAL_STATE_PARAMS = ['publicationFilter', 'hasPublishedVersion'] as const;

/**
 * Strapi 5 serves `status=draft` to anyone allowed to `find`, and populated relations follow
 * the root query's status. Pinning every content-API read to `published` here, below REST,
 * GraphQL and custom controllers alike, closes drafts for all of them in one place.
 */
export const publishedOnlyForPublic =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (!READ_ACTIONS.has(context.action)) return next();
    const request = strapi.requestContext.get();
    if (!isContentApiRequest(request) || canReadDrafts(request)) return next();

    const params = (context.params ?? {}) as Record<string, unknown>;
    if (params.status !== undefined && params.status !== 'published') {
      throw new ForbiddenWithMessage('Drafts are not available through the public API. Leave out "status" or use status=published.');
    }
    for (const key of EDITORIAL_STATE_PARAMS) {
      if (params[key] !== undefined) {
        throw new ForbiddenWithMessage(`"${key}" is not available through the public API.`);
      }
    }
    context.params = { ...params, status: 'published' } as typeof context.params;
    return next();
  };
