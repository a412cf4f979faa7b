'use strict';

/**
 * PostgreSQL search ranks candidates rather than every match (src/delivery/search/search-database.ts):
 * the newest matches of the title, aliases and summary, and the newest matches anywhere. The
 * first needs a vector of those fields alone, the second an index to walk entries newest first.
 * SQLite's FTS5 table needs neither.
 */
module.exports = {
  async up(knex) {
    if (!['pg', 'postgres', 'postgresql'].includes(String(knex.client.config.client))) return;
    if (await knex.schema.hasColumn('search_entries', 'head_vector')) return;
    await knex.raw(`
      ALTER TABLE search_entries ADD COLUMN head_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(aliases, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(summary, '')), 'B')
      ) STORED`);
    await knex.raw('CREATE INDEX search_entries_head_gin ON search_entries USING GIN (head_vector)');
    await knex.raw('CREATE INDEX search_entries_newest ON search_entries (published_at DESC NULLS LAST, id DESC)');
  },
};
