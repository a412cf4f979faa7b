import type { Core, Modules, UID } from '@strapi/strapi';
import { isPublicContentType } from '../../content-model/registry';
import { publicChange } from '../../content-model/public-change';
import { affectedPages, loadForPages } from './affected-pages';
import { deliverRevalidation } from './deliver-webhook';

type Params = { documentId?: string; status?: string };

/**
 * Tells the front-end which pages to rebuild after every change to public content, whichever
 * way it was made. Pages are read before the write (what the old version was linked to) and
 * after it (what the new one is), so a removed topic's page is refreshed too.
 */
export const notifyFrontEnd =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const uid = context.uid as UID.ContentType;
    const params = (context.params ?? {}) as Params;
    const hasDraftAndPublish = Boolean(context.contentType.options?.draftAndPublish);
    const event = publicChange(context.action, params, hasDraftAndPublish);
    if (!event || !isPublicContentType(uid) || !strapi.config.get('frontend.revalidate.url')) {
      return next();
    }

    const before = params.documentId ? await loadForPages(strapi, uid, params.documentId, hasDraftAndPublish) : null;
    const result = await next();
    const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
    if (!documentId) return result;

    const after = event === 'delete' || event === 'unpublish' ? null : await loadForPages(strapi, uid, documentId, hasDraftAndPublish);
    // Deleting a draft that was never published changes nothing anyone can see.
    if (!before && !after) return result;
    const pages = [...new Set([...affectedPages(uid, before), ...affectedPages(uid, after)])];
    void deliverRevalidation(strapi, {
      event,
      type: context.contentType.info.singularName,
      documentId,
      slug: (after ?? before)?.slug ?? null,
      pages,
      at: new Date().toISOString(),
    });
    return result;
  };
