import type { Core, Modules, UID } from '@strapi/strapi';
import { publicChange } from '../../content-model/public-change';
import { reindexDocument } from './search-index';
import { SEARCHABLE } from '../../content-model/registry';

/**
 * Keeps site search in step with published content, whichever way it changes: the admin panel,
 * the REST and GraphQL APIs, scheduled publishing, imports and scripts all pass through here.
 * The write and its index entry commit together (Strapi's own transaction joins this one):
 * an entry written afterwards would keep the old title for good whenever the process died or
 * the database went away between the two, and boot only repairs a wrong count.
 */
export const keepSearchIndexCurrent =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const uid = context.uid as UID.ContentType;
    const params = (context.params ?? {}) as { documentId?: string; status?: string };
    const hasDraftAndPublish = Boolean(context.contentType.options?.draftAndPublish);
    if (!SEARCHABLE.has(uid) || !publicChange(context.action, params, hasDraftAndPublish)) return next();

    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      if (documentId) await reindexDocument(strapi, uid, documentId);
      return result;
    });
  };
