import type { Core, Modules } from '@strapi/strapi';
import { responseCacheOf } from '../../delivery/caching/response-cache';
import { publicWriteOf } from '../../content-model/public-change';
import { SEARCHABLE } from '../../content-model/registry';
import { afterCommit } from './after-commit';
import { prepareFrontEndNotice } from '../revalidation/notify-front-end';
import { reindexDocument } from '../search-index/search-index';
import { refreshAfterWrite } from '../../delivery/read-model/refresh-pages';

const documentIdOf = (result: unknown) => (result as { documentId?: string } | null)?.documentId;

/**
 * Everything that follows a write the public can see, whichever way it comes (admin panel,
 * REST and GraphQL, scheduled publishing, imports, restores, scripts), computed once and run
 * in this order:
 * 1. before the write: cached answers of the model stop being kept, and the front-end notice
 *    reads which pages showed the old version;
 * 2. the write, its search index entry and its pages in the read model (with the pages that
 *    show it), in one transaction: an entry written afterwards would keep the old title for
 *    good whenever the process died between the two;
 * 3. after the commit: cached answers are dropped here and on every other instance (awaited,
 *    so the writer answers only once no instance can serve the old version), then the
 *    front-end is told which pages to rebuild, so that it refetches fresh answers.
 * Draft saves skip it all.
 */
export const publishPipeline =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const write = publicWriteOf(context);
    if (!write) return next();

    const cache = responseCacheOf(strapi);
    if (cache.enabled) await cache.invalidate([write.uid], { announce: false });
    const notifyFrontEnd = await prepareFrontEndNotice(strapi, write);

    const { result, documentId } = await strapi.db.transaction(async () => {
      const written = await next();
      const id = write.documentId ?? documentIdOf(written);
      if (id && SEARCHABLE.has(write.uid)) await reindexDocument(strapi, write.uid, id);
      if (id) await refreshAfterWrite(strapi, write.uid, id);
      return { result: written, documentId: id };
    });

    await afterCommit(strapi, async () => {
      if (cache.enabled) await cache.invalidate([write.uid], { announce: true });
      if (documentId && notifyFrontEnd) await notifyFrontEnd(documentId);
    });
    return result;
  };
