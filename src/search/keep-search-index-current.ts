import type { Core, Modules, UID } from '@strapi/strapi';
import { reindexDocument } from './search-index';
import { SEARCHABLE } from './searchable-types';

// Every action that can change a published version; the rest (reads, discardDraft) cannot.
const CHANGES_PUBLISHED = new Set(['create', 'update', 'publish', 'unpublish', 'delete']);

/**
 * Keeps site search in step with published content, whichever way it changes: the admin panel,
 * the REST and GraphQL APIs, scheduled publishing, imports and scripts all pass through here.
 */
export const keepSearchIndexCurrent =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const uid = context.uid as UID.ContentType;
    if (!SEARCHABLE[uid] || !CHANGES_PUBLISHED.has(context.action)) return next();

    const result = await next();
    const params = (context.params ?? {}) as { documentId?: string };
    const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
    if (documentId) await reindexDocument(strapi, uid, documentId);
    return result;
  };
