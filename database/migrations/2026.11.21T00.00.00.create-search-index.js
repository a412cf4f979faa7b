'use strict';

/**
 * The site search index: one row per published article, condition and benefit, kept current by
 * the search Document Service middleware. Strapi leaves tables it did not create alone.
 *
 * PostgreSQL ranks with a weighted tsvector (title and aliases above summary above body) behind a
 * GIN index; SQLite uses an FTS5 table over the same rows. search_terms holds the words the index
 * knows, for "did you mean" corrections (a pg_trgm index speeds that up where the extension exists).
 */

const isPostgres = (knex) => ['pg', 'postgres', 'postgresql'].includes(knex.client.config.client);

const createEntries = (knex) =>
  knex.schema.createTable('search_entries', (table) => {
    table.increments('id');
    table.string('content_type', 32).notNullable();
    table.string('document_id', 64).notNullable();
    table.string('slug', 255).notNullable();
    table.text('title').notNullable();
    table.text('aliases');
    table.text('summary');
    table.text('body');
    table.timestamp('published_at');
    table.unique(['content_type', 'document_id'], { indexName: 'search_entries_document_unique' });
  });

const createTerms = (knex) =>
  knex.schema.createTable('search_terms', (table) => {
    table.string('term', 64).primary();
  });

const upPostgres = async (knex) => {
  await knex.raw(`
    ALTER TABLE search_entries ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
      setweight(to_tsvector('english', coalesce(aliases, '')), 'A') ||
      setweight(to_tsvector('english', coalesce(summary, '')), 'B') ||
      setweight(to_tsvector('english', coalesce(body, '')), 'C')
    ) STORED`);
  await knex.raw('CREATE INDEX search_entries_vector_gin ON search_entries USING GIN (search_vector)');
  // pg_trgm is a trusted extension, but a managed database may still refuse it: corrections then
  // fall back to a scan of search_terms by length, which the primary key keeps cheap enough.
  try {
    await knex.transaction(async (savepoint) => {
      await savepoint.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
      await savepoint.raw('CREATE INDEX search_terms_trgm ON search_terms USING GIN (term gin_trgm_ops)');
    });
  } catch {
    // Without the extension the index is simply absent.
  }
};

const upSqlite = async (knex) => {
  await knex.raw(`
    CREATE VIRTUAL TABLE search_entries_fts USING fts5(
      title, aliases, summary, body,
      content='search_entries', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
    )`);
  // External-content FTS5 tables are kept in step with their rows by triggers.
  await knex.raw(`
    CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN
      INSERT INTO search_entries_fts(rowid, title, aliases, summary, body)
      VALUES (new.id, new.title, new.aliases, new.summary, new.body);
    END`);
  await knex.raw(`
    CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN
      INSERT INTO search_entries_fts(search_entries_fts, rowid, title, aliases, summary, body)
      VALUES ('delete', old.id, old.title, old.aliases, old.summary, old.body);
    END`);
  await knex.raw(`
    CREATE TRIGGER search_entries_au AFTER UPDATE ON search_entries BEGIN
      INSERT INTO search_entries_fts(search_entries_fts, rowid, title, aliases, summary, body)
      VALUES ('delete', old.id, old.title, old.aliases, old.summary, old.body);
      INSERT INTO search_entries_fts(rowid, title, aliases, summary, body)
      VALUES (new.id, new.title, new.aliases, new.summary, new.body);
    END`);
};

module.exports = {
  async up(knex) {
    await createEntries(knex);
    await createTerms(knex);
    await (isPostgres(knex) ? upPostgres(knex) : upSqlite(knex));
  },
};
