import type { Core } from '@strapi/strapi';
import { pagesShowing } from './page-rows';
import { refreshPages } from './refresh-pages';

const FILE = 'plugin::upload.file';

/**
 * The media library writes files with `strapi.db.query`, around the Document Service: a new
 * alternative text, a replaced image or a deleted file re-renders the pages that show the file.
 */
export const refreshPagesShowingChangedFiles = (strapi: Core.Strapi) => {
  strapi.db.lifecycles.subscribe({
    models: [FILE],
    async afterUpdate(event) {
      await refreshShowing(strapi, event);
    },
    async afterDelete(event) {
      await refreshShowing(strapi, event);
    },
  });
};

const refreshShowing = async (strapi: Core.Strapi, event: { result?: unknown }) => {
  const documentId = (event.result as { documentId?: unknown } | undefined)?.documentId;
  if (typeof documentId !== 'string') return;
  await strapi.db.transaction(async ({ trx }) => {
    for (const [uid, ids] of await pagesShowing(trx, [documentId])) await refreshPages(strapi, uid, ids);
  });
};
