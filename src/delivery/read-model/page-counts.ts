import type { Knex } from 'knex';
import { COUNTS, LINKS, PAGES } from './tables';

/** The key of a type's own total: how many of its documents have a page. */
export const ALL_PAGES = '';

/** How the totals change with one replacement of pages: +1 or -1 per page and per link, by shown document. */
export class CountChanges {
  private readonly changes = new Map<string, number>();

  add(shownId: string, by: number) {
    this.changes.set(shownId, (this.changes.get(shownId) ?? 0) + by);
  }

  /** Adds each change to its stored total, in the caller's transaction: concurrent writers add up, none overwrites. */
  async apply(trx: Knex, uid: string) {
    const rows = [...this.changes]
      .filter(([, by]) => by !== 0)
      .map(([shownId, by]) => ({ content_type: uid, shown_id: shownId, total: by }));
    for (let start = 0; start < rows.length; start += 500) {
      await trx(COUNTS)
        .insert(rows.slice(start, start + 500))
        .onConflict(['content_type', 'shown_id'])
        .merge({ total: trx.raw('?? + excluded.total', [`${COUNTS}.total`]) });
    }
  }
}

/** A listing's total: the pages of a type, or the pages of a type that show a document. */
export const storedTotal = async (db: Knex, uid: string, shownId = ALL_PAGES) => {
  const row: { total: number | string } | undefined = await db(COUNTS).where({ content_type: uid, shown_id: shownId }).first('total');
  return Number(row?.total ?? 0);
};

const countedRows = async (db: Knex) => {
  const pages: Array<{ content_type: string; total: number | string }> = await db(PAGES)
    .select('content_type')
    .count({ total: '*' })
    .groupBy('content_type');
  const links: Array<{ content_type: string; shown_id: string; total: number | string }> = await db(LINKS)
    .select('content_type', 'shown_id')
    .count({ total: '*' })
    .groupBy('content_type', 'shown_id');
  return [
    ...pages.map((row) => ({ content_type: row.content_type, shown_id: ALL_PAGES, total: Number(row.total) })),
    ...links.map((row) => ({ ...row, total: Number(row.total) })),
  ];
};

/** Counts every total again from the pages and links themselves. */
export const recountTotals = async (trx: Knex) => {
  const rows = await countedRows(trx);
  await trx(COUNTS).delete();
  for (let start = 0; start < rows.length; start += 500) await trx(COUNTS).insert(rows.slice(start, start + 500));
};

/** Totals that differ from a count of the pages and links, as "type shown-id: stored, counted". */
export const totalsDrift = async (db: Knex) => {
  const counted = new Map((await countedRows(db)).map((row) => [`${row.content_type} ${row.shown_id}`, row.total]));
  const stored: Array<{ content_type: string; shown_id: string; total: number | string }> = await db(COUNTS).select('*');
  const drift: string[] = [];
  for (const row of stored) {
    const key = `${row.content_type} ${row.shown_id}`;
    if (Number(row.total) !== (counted.get(key) ?? 0)) drift.push(`${key}: ${row.total} stored, ${counted.get(key) ?? 0} counted`);
    counted.delete(key);
  }
  for (const [key, total] of counted) drift.push(`${key}: none stored, ${total} counted`);
  return drift;
};
