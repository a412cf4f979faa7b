import type { Knex } from 'knex';
import type { Page } from '../pagination';
import { MATCH_END, MATCH_START } from './snippet';
import type { SearchType } from '../../content-model/search-text';

export type IndexHit = { type: SearchType; documentId: string; slug: string; title: string; snippet: string; score: number };
export type IndexPage = { hits: IndexHit[]; total: number };
export type IndexSearch = { words: string[]; types: SearchType[]; page: Page };

type Row = { content_type: SearchType; document_id: string; slug: string; title: string; snippet: string; score: number | string };

const toHit = (row: Row): IndexHit => ({
  type: row.content_type,
  documentId: row.document_id,
  slug: row.slug,
  title: row.title,
  snippet: row.snippet,
  score: Math.round(Number(row.score) * 10_000) / 10_000,
});

const placeholders = (values: unknown[]) => values.map(() => '?').join(', ');

const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=32, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * How many matches PostgreSQL ranks from each of its two candidate lists. Below it every match is
 * ranked; above it, ranking every match of a common word reads every matching row's vector
 * (seconds at 100,000 articles), so only the newest matches of the title, aliases and summary
 * and the newest matches anywhere are ranked, and paged through.
 */
export const SEARCH_CANDIDATES = 500;

/** The ids PostgreSQL ranks: each list walks an index newest first or a GIN bitmap, as the planner sees fit. */
const candidateIds = (types: unknown[]) => {
  const newest = (vector: string) =>
    `(SELECT e.id FROM search_entries e, query WHERE e.${vector} @@ query.q AND e.content_type IN (${placeholders(types)})
      ORDER BY e.published_at DESC NULLS LAST, e.id DESC LIMIT ${SEARCH_CANDIDATES})`;
  return `${newest('head_vector')} UNION ${newest('search_vector')}`;
};

/** PostgreSQL: the weighted tsvector behind its GIN index, ranked over the candidates; headlines only for the page shown. */
const searchPostgres = async (db: Knex, { words, types, page }: IndexSearch): Promise<IndexPage> => {
  const text = words.join(' ');
  const { rows } = await db.raw(
    `WITH query AS (SELECT plainto_tsquery('english', ?) AS q),
     candidates AS (${candidateIds(types)}),
     ranked AS (
       SELECT e.id, e.published_at, ts_rank(e.search_vector, query.q) AS score, count(*) OVER () AS total
       FROM candidates c JOIN search_entries e ON e.id = c.id, query
       ORDER BY score DESC, e.published_at DESC NULLS LAST, e.id
       LIMIT ? OFFSET ?
     )
     SELECT e.content_type, e.document_id, e.slug, e.title, ranked.score, ranked.total,
            ts_headline('english', concat_ws(' ', e.summary, e.body), query.q, ?) AS snippet
     FROM ranked JOIN search_entries e ON e.id = ranked.id, query
     ORDER BY ranked.score DESC, ranked.published_at DESC NULLS LAST, ranked.id`,
    [text, ...types, ...types, page.pageSize, page.start, HEADLINE_OPTIONS]
  );
  if (rows.length > 0) return { hits: rows.map(toHit), total: Number(rows[0].total) };
  if (page.start === 0) return { hits: [], total: 0 };
  // Past the last page the window count is lost with the rows: count on its own.
  const [{ total }] = (
    await db.raw(
      `WITH query AS (SELECT plainto_tsquery('english', ?) AS q) SELECT count(*) AS total FROM (${candidateIds(types)}) candidates`,
      [text, ...types, ...types]
    )
  ).rows;
  return { hits: [], total: Number(total) };
};

// Title and aliases weigh most, then the summary, then the body, as on PostgreSQL.
const BM25 = 'bm25(search_entries_fts, 10.0, 8.0, 3.0, 1.0)';

/** SQLite: FTS5 with BM25 ranking; snippets only for the page shown. */
const searchSqlite = async (db: Knex, { words, types, page }: IndexSearch): Promise<IndexPage> => {
  const match = words.map((word) => `"${word}"`).join(' ');
  const from = `FROM search_entries_fts JOIN search_entries e ON e.id = search_entries_fts.rowid
     WHERE search_entries_fts MATCH ? AND e.content_type IN (${placeholders(types)})`;
  const [{ total }] = await db.raw(`SELECT count(*) AS total ${from}`, [match, ...types]);
  if (Number(total) === 0) return { hits: [], total: 0 };
  const ranked: Array<{ id: number; score: number }> = await db.raw(
    `SELECT e.id, -${BM25} AS score ${from} ORDER BY score DESC, e.published_at DESC, e.id LIMIT ? OFFSET ?`,
    [match, ...types, page.pageSize, page.start]
  );
  if (ranked.length === 0) return { hits: [], total: Number(total) };
  const rows: Array<Row & { id: number }> = await db.raw(
    `SELECT e.id, e.content_type, e.document_id, e.slug, e.title,
            snippet(search_entries_fts, -1, char(2), char(3), ' … ', 28) AS snippet
     FROM search_entries_fts JOIN search_entries e ON e.id = search_entries_fts.rowid
     WHERE search_entries_fts MATCH ? AND search_entries_fts.rowid IN (${placeholders(ranked)})`,
    [match, ...ranked.map((row) => row.id)]
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    hits: ranked.map(({ id, score }) => toHit({ ...byId.get(id)!, score })),
    total: Number(total),
  };
};

export const isPostgres = (db: Knex) => ['pg', 'postgres', 'postgresql'].includes(String(db.client.config.client));

/** One page of index entries matching every word, best first, with highlighted snippets. */
export const searchEntries = (db: Knex, search: IndexSearch) => (isPostgres(db) ? searchPostgres(db, search) : searchSqlite(db, search));
