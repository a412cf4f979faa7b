import type { Knex } from 'knex';
import type { Page } from '../pagination';
import { MATCH_END, MATCH_START } from './snippet';
import type { SearchType } from '../../content-model/search-text';
import { FEW_SEARCH_TYPES } from '../../content-model/registry';

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
 * The newest entries holding every stem (in their head alone, when `head`): a merge of the stems'
 * posting lists, each read newest first from its index (migration create-search-postings), which
 * stops once it has enough. The reading is proportional to how far back the matches go, not to
 * how many entries hold each word.
 */
const newestHoldingAll = (db: Knex, stems: string[], types: SearchType[], head: boolean) => {
  const inHead = head ? ' AND head' : '';
  const lists = stems.map((stem, index) =>
    index === 0
      ? db.raw(
          `SELECT published_at, entry_id FROM search_postings WHERE lexeme = ? AND content_type IN (${placeholders(types)})${inHead}`,
          [stem, ...types]
        )
      : db.raw(`SELECT published_at, entry_id FROM search_postings WHERE lexeme = ?${inHead}`, [stem])
  );
  const joins = lists
    .slice(1)
    .map((_, index) => `JOIN (?) p${index + 1} ON p${index + 1}.published_at = p0.published_at AND p${index + 1}.entry_id = p0.entry_id`)
    .join(' ');
  return db.raw(
    `(SELECT p0.entry_id AS id FROM (?) p0 ${joins} ORDER BY p0.published_at DESC, p0.entry_id DESC LIMIT ${SEARCH_CANDIDATES})`,
    lists
  );
};

/**
 * Every match among the types with few documents: read by type (OFFSET 0 keeps it that way), tens
 * of rows, rather than through the words, which thousands of articles may hold.
 */
const fewMatches = (db: Knex, text: string, types: SearchType[]) => {
  const few = types.filter((type) => FEW_SEARCH_TYPES.has(type));
  if (few.length === 0) return undefined;
  return db.raw(
    `(SELECT f.id FROM (SELECT id, search_vector FROM search_entries WHERE content_type IN (${placeholders(few)}) OFFSET 0) f
      WHERE f.search_vector @@ plainto_tsquery('english', ?))`,
    [...few, text]
  );
};

/**
 * The text a snippet is cut from: the summary and a window of the body from just before the first
 * place a stem appears. Highlighting reads every word it is given, and whole bodies cost more than
 * finding the candidates.
 */
const SNIPPET_WINDOW = 320;
const snippetText = (db: Knex, stems: string[]) =>
  db.raw(
    `concat_ws(' ', e.summary, substr(e.body, greatest(1, coalesce((
       SELECT min(nullif(strpos(lower(e.body), left(stem, greatest(length(stem) - 1, 3))), 0)) FROM unnest(?::text[]) stem
     ), 1) - ${SNIPPET_WINDOW / 4}), ${SNIPPET_WINDOW}))`,
    [stems]
  );

/**
 * PostgreSQL: candidates from the posting lists, ranked by the weighted tsvector, headlines only for
 * the page shown. The lists must be merged, never probed entry by entry (which reads a common
 * word's whole list) nor hashed: the transaction turns the other join methods off for itself, and
 * joins the lists in the order written, which any order of merges serves as well, to save the
 * planner weighing every order.
 */
const searchPostgres = (db: Knex, { words, types, page }: IndexSearch): Promise<IndexPage> =>
  db.transaction(async (trx) => {
    const text = words.join(' ');
    const [{ stems }]: Array<{ stems: string[] }> = (
      await trx.raw(
        `SELECT set_config('enable_nestloop', 'off', true), set_config('enable_hashjoin', 'off', true),
                set_config('join_collapse_limit', '1', true),
                tsvector_to_array(to_tsvector('english', ?)) AS stems`,
        [text]
      )
    ).rows;
    if (stems.length === 0) return { hits: [], total: 0 };
    const lists = [newestHoldingAll(trx, stems, types, true), newestHoldingAll(trx, stems, types, false), fewMatches(trx, text, types)];
    const candidates = trx.raw(
      lists
        .filter((list) => list !== undefined)
        .map(() => '?')
        .join(' UNION '),
      lists.filter((list) => list !== undefined)
    );
    // The candidates go in as an array, looked up by primary key: a join would be planned without
    // the join methods turned off above.
    const { rows } = await trx.raw(
      `WITH candidates AS (?),
       ranked AS (
         SELECT e.id, e.content_type, e.document_id, e.slug, e.title, e.summary, e.body, e.published_at,
                ts_rank(e.search_vector, plainto_tsquery('english', ?)) AS score
         FROM search_entries e WHERE e.id = ANY(ARRAY(SELECT id FROM candidates))
         ORDER BY score DESC, e.published_at DESC NULLS LAST, e.id LIMIT ? OFFSET ?)
       SELECT e.content_type, e.document_id, e.slug, e.title, e.score, (SELECT count(*) FROM candidates) AS total,
              ts_headline('english', ?, plainto_tsquery('english', ?), ?) AS snippet
       FROM ranked e ORDER BY e.score DESC, e.published_at DESC NULLS LAST, e.id`,
      [candidates, text, page.pageSize, page.start, snippetText(trx, stems), text, HEADLINE_OPTIONS]
    );
    if (rows.length > 0) return { hits: rows.map(toHit), total: Number(rows[0].total) };
    if (page.start === 0) return { hits: [], total: 0 };
    // Past the last page the count is lost with the rows: count on its own.
    const [{ total }] = (await trx.raw('WITH candidates AS (?) SELECT count(*) AS total FROM candidates', [candidates])).rows;
    return { hits: [], total: Number(total) };
  });

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
