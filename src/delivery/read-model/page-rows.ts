import type { Knex } from 'knex';
import { ALL_PAGES, CountChanges } from './page-counts';
import { LINKS, PAGES } from './tables';

/** One published document as its page and its card are served. JSON is stored as text. */
export type PageRow = {
  content_type: string;
  document_id: string;
  slug: string;
  published_at: string | null;
  page: string;
  json_ld: string | null;
  card: string | null;
};

/** A page shows another document (a topic, an author, an image): the key listings and re-renders go by. */
export type LinkRow = { content_type: string; document_id: string; shown_id: string; published_at: string | null };

export type RenderedPage = { row: PageRow; links: LinkRow[] };

const IN_CHUNK = 500;

/** Replaces the rows of these documents (and their links) with what was rendered; absent ones are removed. */
export const replacePages = async (trx: Knex, uid: string, documentIds: readonly string[], rendered: readonly RenderedPage[]) => {
  const totals = new CountChanges();
  for (let start = 0; start < documentIds.length; start += IN_CHUNK) {
    const ids = documentIds.slice(start, start + IN_CHUNK);
    const removed: Array<{ shown_id: string }> = await trx(LINKS).where('content_type', uid).whereIn('document_id', ids).select('shown_id');
    for (const link of removed) totals.add(link.shown_id, -1);
    await trx(LINKS).where('content_type', uid).whereIn('document_id', ids).delete();
    totals.add(ALL_PAGES, -(await trx(PAGES).where('content_type', uid).whereIn('document_id', ids).delete()));
  }
  totals.add(ALL_PAGES, rendered.length);
  for (const page of rendered) for (const link of page.links) totals.add(link.shown_id, 1);
  // Each page row carries kilobytes of JSON: small multi-row inserts stay under parameter limits.
  for (let start = 0; start < rendered.length; start += 50) {
    await trx(PAGES).insert(rendered.slice(start, start + 50).map((page) => page.row));
  }
  const links = rendered.flatMap((page) => page.links);
  for (let start = 0; start < links.length; start += IN_CHUNK) await trx(LINKS).insert(links.slice(start, start + IN_CHUNK));
  await totals.apply(trx, uid);
};

/** The documents a page shows, as its links say. */
export const shownBy = async (db: Knex, uid: string, documentId: string): Promise<string[]> =>
  (await db(LINKS).where({ content_type: uid, document_id: documentId }).select('shown_id')).map(
    (link: { shown_id: string }) => link.shown_id
  );

type PageKey = { content_type: string; document_id: string };

/** Page keys from one table where `column` is one of `values`, grouped by type. */
const pageKeysWhere = async (db: Knex, table: string, column: string, values: readonly string[]) => {
  const byType = new Map<string, Set<string>>();
  for (let start = 0; start < values.length; start += IN_CHUNK) {
    const rows: PageKey[] = await db(table)
      .whereIn(column, values.slice(start, start + IN_CHUNK))
      .distinct('content_type', 'document_id');
    for (const row of rows) byType.set(row.content_type, (byType.get(row.content_type) ?? new Set()).add(row.document_id));
  }
  return byType;
};

/** The pages that show these documents, by type. */
export const pagesShowing = (db: Knex, documentIds: readonly string[]) => pageKeysWhere(db, LINKS, 'shown_id', documentIds);

/** Which of these documents have a page, by type. */
export const pageTypesOf = (db: Knex, documentIds: readonly string[]) => pageKeysWhere(db, PAGES, 'document_id', documentIds);
