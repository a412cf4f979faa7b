'use strict';

/**
 * The read model (src/delivery/read-model): for each published document with a page, its page
 * JSON (and, for articles, its card JSON) as the public API answers them, written in the same
 * transaction as the publish. read_model_links holds which documents each page shows: taxonomy
 * pages list their articles through it, and a write to a document re-renders exactly the pages
 * that show it. read_model_counts keeps how many pages of a type there are (shown_id '') and how
 * many pages of a type show a document, so that a listing's total is one row, not a count over
 * thousands. Strapi leaves tables it did not create alone.
 */
module.exports = {
  async up(knex) {
    if (!(await knex.schema.hasTable('read_model_pages'))) {
      await knex.schema.createTable('read_model_pages', (table) => {
        table.string('content_type', 64).notNullable();
        table.string('document_id', 64).notNullable();
        table.string('slug', 255).notNullable();
        table.timestamp('published_at');
        table.text('page').notNullable();
        table.text('json_ld');
        table.text('card');
        table.primary(['content_type', 'document_id']);
        table.index(['content_type', 'slug'], 'read_model_pages_slug');
        table.index(['content_type', 'published_at', 'document_id'], 'read_model_pages_newest');
      });
    }
    if (!(await knex.schema.hasTable('read_model_links'))) {
      await knex.schema.createTable('read_model_links', (table) => {
        table.string('content_type', 64).notNullable();
        table.string('document_id', 64).notNullable();
        table.string('shown_id', 64).notNullable();
        table.timestamp('published_at');
        table.primary(['content_type', 'document_id', 'shown_id']);
        table.index(['shown_id', 'content_type', 'published_at', 'document_id'], 'read_model_links_shown');
      });
    }
    if (!(await knex.schema.hasTable('read_model_counts'))) {
      await knex.schema.createTable('read_model_counts', (table) => {
        table.string('content_type', 64).notNullable();
        table.string('shown_id', 64).notNullable();
        table.integer('total').notNullable();
        table.primary(['content_type', 'shown_id']);
      });
    }
  },
};
