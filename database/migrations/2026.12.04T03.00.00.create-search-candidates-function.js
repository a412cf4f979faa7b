'use strict';

/**
 * PostgreSQL search finds its candidates in one statement (src/delivery/search/search-database.ts):
 * each request is a round trip, and on a busy server the round trips cost more than the search.
 * The posting lists must be merged, never probed entry by entry (which reads a common word's
 * whole list) nor hashed, and only a function can turn the other join methods off for its own
 * statements: search_newest_holding_all does, with a merge for each number of stems.
 *
 * The head vector and its indexes, which the posting lists replaced, go: every write of an index
 * entry still computed them.
 */

const isPostgres = (knex) => ['pg', 'postgres', 'postgresql'].includes(String(knex.client.config.client));

// A query has at most this many words (src/delivery/search/words.ts), so at most this many stems.
const MAX_STEMS = 12;

// Stem i's posting list, newest first; the first list alone filters on type (types null: all).
const postingList = (i, headOnly) =>
  `(SELECT published_at, entry_id FROM search_postings WHERE lexeme = stems[${i}]` +
  (i === 1 ? ' AND (types IS NULL OR content_type = ANY(types))' : '') +
  (headOnly ? ' AND head' : '') +
  `) p${i}`;

// The newest entries holding all of n stems: each further list joins the first on
// (published_at, entry_id), the order both are read in, so the lists merge as they are read.
const newestHoldingAll = (n, headOnly) => {
  const joins = [];
  for (let i = 2; i <= n; i += 1) {
    joins.push(`JOIN ${postingList(i, headOnly)} ON p${i}.published_at = p1.published_at AND p${i}.entry_id = p1.entry_id`);
  }
  return [
    `SELECT p1.entry_id FROM ${postingList(1, headOnly)}`,
    ...joins,
    'ORDER BY p1.published_at DESC, p1.entry_id DESC LIMIT max_rows',
  ].join('\n');
};

// One written-out statement per number of stems, rather than one built at each call: PL/pgSQL
// keeps the plans of written-out statements, and planning a built one cost as much as running it.
const branches = [];
for (let n = 1; n <= MAX_STEMS; n += 1) {
  branches.push(`WHEN ${n} THEN
    IF head_only THEN RETURN QUERY ${newestHoldingAll(n, true)};
    ELSE RETURN QUERY ${newestHoldingAll(n, false)};
    END IF;`);
}

// The join methods other than merging are off for the function's own statements (SET), and the
// lists are joined in the order written, which any order of merges serves as well. Stems past the
// last a query can have are left out. Names in the statements are the table's columns, never the
// function's output column of the same name.
const CREATE_FUNCTION = `
  CREATE OR REPLACE FUNCTION search_newest_holding_all(stems text[], types text[], head_only boolean, max_rows integer)
  RETURNS TABLE (entry_id integer) LANGUAGE plpgsql STABLE
  SET enable_nestloop = off SET enable_hashjoin = off SET join_collapse_limit = 1
  AS $fn$
  #variable_conflict use_column
  BEGIN
    CASE least(coalesce(array_length(stems, 1), 0), ${MAX_STEMS})
    WHEN 0 THEN RETURN;
    ${branches.join('\n    ')}
    END CASE;
  END
  $fn$`;

module.exports = {
  async up(knex) {
    if (!isPostgres(knex)) return;
    await knex.raw(CREATE_FUNCTION);
    await knex.raw('DROP INDEX IF EXISTS search_entries_head_gin');
    await knex.raw('DROP INDEX IF EXISTS search_entries_newest');
    await knex.raw('ALTER TABLE search_entries DROP COLUMN IF EXISTS head_vector');
  },
};
