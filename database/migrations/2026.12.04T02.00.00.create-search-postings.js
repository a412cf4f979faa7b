'use strict';

/**
 * PostgreSQL search finds its candidates in posting lists (src/delivery/search/search-database.ts):
 * one row per word stem of each index entry, with the entry's publication date, in a btree that
 * lists each stem's entries newest first. The newest entries holding every word of a query are
 * then a merge of a few such lists, read from the index alone, however common the words are; the
 * GIN index can only hand over every match, which a common word has thousands of.
 *
 * A trigger keeps the lists in step with search_entries, whoever writes it (the search index,
 * a restore, the benchmark's seeder); deleting an entry deletes its postings. SQLite's FTS5 table
 * needs none of it.
 */

const isPostgres = (knex) => ['pg', 'postgres', 'postgresql'].includes(String(knex.client.config.client));

const COLUMNS = '(lexeme, published_at, entry_id, content_type, head)';
// One row per stem of an entry (`stem` is unnest of its vector); stems weighted A (title,
// aliases) or B (summary) are in the entry's head. An entry without a date sorts last, as in
// the search's order, and still joins its other postings on the date.
const postingOf = (entry) =>
  `SELECT stem.lexeme, coalesce(${entry}.published_at, '-infinity'), ${entry}.id, ${entry}.content_type, stem.weights && ARRAY['A', 'B']`;

module.exports = {
  async up(knex) {
    if (!isPostgres(knex) || (await knex.schema.hasTable('search_postings'))) return;
    await knex.raw(`
      CREATE TABLE search_postings (
        lexeme text NOT NULL,
        published_at timestamptz NOT NULL,
        entry_id integer NOT NULL REFERENCES search_entries (id) ON DELETE CASCADE,
        content_type varchar(32) NOT NULL,
        head boolean NOT NULL
      )`);
    await knex.raw(`
      CREATE FUNCTION search_postings_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          DELETE FROM search_postings WHERE entry_id = OLD.id;
        END IF;
        INSERT INTO search_postings ${COLUMNS} ${postingOf('NEW')} FROM unnest(NEW.search_vector) stem;
        RETURN NULL;
      END
      $$`);
    await knex.raw(`
      CREATE TRIGGER search_entries_postings AFTER INSERT OR UPDATE ON search_entries
      FOR EACH ROW EXECUTE FUNCTION search_postings_write()`);
    await knex.raw(`INSERT INTO search_postings ${COLUMNS} ${postingOf('e')} FROM search_entries e, unnest(e.search_vector) stem`);
    // Newest first within a stem, with what a candidate list filters on, so lists are read from the index alone.
    await knex.raw(`
      CREATE INDEX search_postings_newest ON search_postings (lexeme, published_at DESC, entry_id DESC)
      INCLUDE (content_type, head)`);
    // The head's lists on their own: a stem common in bodies is rare in titles, and its head list
    // would otherwise be read out of its whole list.
    await knex.raw(`
      CREATE INDEX search_postings_head ON search_postings (lexeme, published_at DESC, entry_id DESC)
      INCLUDE (content_type) WHERE head`);
    await knex.raw('CREATE INDEX search_postings_entry ON search_postings (entry_id)');
  },
};
