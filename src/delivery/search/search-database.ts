import type { Knex } from 'knex';
import type { Page } from '../pagination';
import { MATCH_END, MATCH_START } from './snippet';
import type { SearchType } from '../../content-model/search-text';
import { FEW_SEARCH_TYPES, SEARCH_TYPES } from '../../content-model/registry';

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
 * How many matches PostgreSQL ranks from each of its two candidate lists: the newest matches in
 * the title, aliases or summary, and the newest matches anywhere. Below it every match is
 * ranked; above it, ranking every match of a common word would read every matching row (seconds
 * at 100,000 articles), so the candidates are ranked, and paged through.
 */
export const SEARCH_CANDIDATES = 100;

/**
 * PostgreSQL: one statement, since on a busy server each round trip costs more than the search.
 * Candidates: the newest entries holding every stem in their head (title, aliases, summary) and
 * anywhere, each a merge of the stems' posting lists read newest first from their index, which
 * stops once it has enough (search_newest_holding_all, migration order-search-postings-by-one-key),
 * and every match among the types with few documents, read by type (OFFSET 0 keeps it that way):
 * tens of rows, where thousands of articles may hold the words. The candidates are looked up by
 * primary key and ranked by the weighted vector; snippets only for the page shown, cut from the
 * summary and a window of the body from just before the first place a stem appears (highlighting
 * reads every word it is given): the first in lower case, the way words mostly stand in a body,
 * and only when there is none the first in any case, since lower-casing whole bodies cost as much
 * as the highlighting. The count comes with the page, and on its own row past the last page.
 */
const SNIPPET_WINDOW = 240;
const SEARCH_SQL = `
  WITH input AS MATERIALIZED (
    SELECT query, stems, ARRAY(SELECT left(stem, greatest(length(stem) - 1, 3)) FROM unnest(stems) stem) AS prefixes
    FROM plainto_tsquery('english', :text) query, tsvector_to_array(to_tsvector('english', :text)) stems),
  candidates AS MATERIALIZED (
    SELECT h.entry_id AS id FROM input, search_newest_holding_all(input.stems, CAST(:types AS text[]), true, :candidates) h
    UNION SELECT a.entry_id FROM input, search_newest_holding_all(input.stems, CAST(:types AS text[]), false, :candidates) a
    UNION SELECT f.id FROM (SELECT id, search_vector FROM search_entries WHERE content_type = ANY(CAST(:fewTypes AS text[])) OFFSET 0) f, input
      WHERE f.search_vector @@ input.query),
  ranked AS (
    SELECT e.id, e.content_type, e.document_id, e.slug, e.title, e.summary, e.body, e.published_at,
           ts_rank(e.search_vector, (SELECT query FROM input)) AS score
    FROM search_entries e WHERE e.id = ANY(ARRAY(SELECT id FROM candidates))
    ORDER BY score DESC, e.published_at DESC NULLS LAST, e.id LIMIT :limit OFFSET :offset)
  SELECT e.content_type, e.document_id, e.slug, e.title, e.score, total.count AS total,
         ts_headline('english', concat_ws(' ', e.summary, substr(e.body, greatest(1, coalesce(
           (SELECT min(nullif(strpos(e.body, prefix), 0)) FROM unnest((SELECT prefixes FROM input)) prefix),
           (SELECT min(nullif(strpos(lower(e.body), prefix), 0)) FROM unnest((SELECT prefixes FROM input)) prefix),
           1) - ${SNIPPET_WINDOW / 4}), ${SNIPPET_WINDOW})), (SELECT query FROM input), :headline) AS snippet
  FROM (SELECT count(*) FROM candidates) total LEFT JOIN ranked e ON true
  ORDER BY e.score DESC, e.published_at DESC NULLS LAST, e.id`;

// Past the last page the statement still answers one row: the count, with nulls for the hit.
type CountedRow = { total: string } & (Row | { [Column in keyof Row]: null });
const isHitRow = (row: CountedRow): row is CountedRow & Row => row.document_id !== null;

const searchPostgres = async (db: Knex, { words, types, page }: IndexSearch): Promise<IndexPage> => {
  const { rows }: { rows: CountedRow[] } = await db.raw(SEARCH_SQL, {
    text: words.join(' '),
    // Null when every type is asked for: the posting lists then need no filter on it.
    types: types.length === SEARCH_TYPES.length ? null : types,
    fewTypes: types.filter((type) => FEW_SEARCH_TYPES.has(type)),
    candidates: SEARCH_CANDIDATES,
    limit: page.pageSize,
    offset: page.start,
    headline: HEADLINE_OPTIONS,
  });
  return { hits: rows.filter(isHitRow).map(toHit), total: Number(rows[0].total) };
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
