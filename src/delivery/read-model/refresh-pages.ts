import type { Core, UID } from '@strapi/strapi';
import { entryOf } from '../../content-model/registry';
import { pageDependencies } from './page-dependencies';
import { pagesShowing, pageTypesOf, replacePages, shownBy } from './page-rows';
import { renderPages } from './render-pages';

/** How many pages are rendered and written at once: memory stays bounded however many show a document. */
export const RENDER_BATCH = 100;

/** Renders these documents' pages again and writes them, in batches, inside the caller's transaction. */
export const refreshPages = async (strapi: Core.Strapi, uid: string, documentIds: Iterable<string>) => {
  const ids = [...documentIds];
  for (let start = 0; start < ids.length; start += RENDER_BATCH) {
    const batch = ids.slice(start, start + RENDER_BATCH);
    const rendered = await renderPages(strapi, uid as UID.ContentType, batch);
    await strapi.db.transaction(({ trx }) => replacePages(trx, uid, batch, rendered));
  }
};

let dependencies: ReadonlyMap<string, ReadonlySet<string>> | undefined;

/**
 * After a public write to a document: its own page, the pages that show it (an author's name on
 * every byline), and the pages on the other side of a relation it gained or lost when those pages
 * show its type (a benefit newly linked from a condition's page). Runs in the writer's
 * transaction: readers see the old pages or the new ones, never a mix.
 */
export const refreshAfterWrite = (strapi: Core.Strapi, uid: string, documentId: string) =>
  strapi.db.transaction(async ({ trx }) => {
    dependencies ??= pageDependencies(strapi);
    const hasPage = Boolean(entryOf(uid));
    const before = hasPage ? await shownBy(trx, uid, documentId) : [];
    if (hasPage) await refreshPages(strapi, uid, [documentId]);
    const after = hasPage ? await shownBy(trx, uid, documentId) : [];

    const toRender = await pagesShowing(trx, [documentId]);
    const neighbours = await pageTypesOf(trx, [...new Set([...before, ...after])]);
    for (const [type, ids] of neighbours) {
      if (!dependencies.get(type)?.has(uid)) continue;
      const pending = toRender.get(type) ?? new Set<string>();
      for (const id of ids) pending.add(id);
      toRender.set(type, pending);
    }
    for (const [type, ids] of toRender) await refreshPages(strapi, type, ids);
  });
