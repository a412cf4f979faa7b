import type { Core } from '@strapi/strapi';
import type { PublicWrite } from '../../content-model/public-change';
import { isPublicContentType } from '../../content-model/registry';
import { pagePath } from '../../content-model/page-paths';
import { affectedPages, loadForPages } from './affected-pages';
import { deliverRevalidation } from './deliver-webhook';

/**
 * Tells the front-end which pages to rebuild after a change to public content. Pages are read
 * before the write (what the old version was linked to) and after it (what the new one is), so
 * a removed topic's page is refreshed too. Returns the second half, to run after the commit, or
 * undefined when there is nobody to tell.
 */
export const prepareFrontEndNotice = async (strapi: Core.Strapi, write: PublicWrite) => {
  if (!isPublicContentType(write.uid) || !strapi.config.get('frontend.revalidate.url')) return undefined;
  const before = write.documentId ? await loadForPages(strapi, write.uid, write.documentId, write.hasDraftAndPublish) : null;

  return async (documentId: string) => {
    const gone = write.event === 'delete' || write.event === 'unpublish';
    const after = gone ? null : await loadForPages(strapi, write.uid, documentId, write.hasDraftAndPublish);
    // Deleting a draft that was never published changes nothing anyone can see.
    if (!before && !after) return;
    const [from, to] = [pagePath(write.uid, before?.slug), pagePath(write.uid, after?.slug)];
    void deliverRevalidation(strapi, {
      event: write.event,
      type: write.type,
      documentId,
      slug: (after ?? before)?.slug ?? null,
      pages: [...new Set([...affectedPages(write.uid, before), ...affectedPages(write.uid, after)])],
      redirects: from && to && from !== to ? [{ from, to, statusCode: 301 }] : [],
      at: new Date().toISOString(),
    });
  };
};
