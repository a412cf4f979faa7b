'use strict';

/**
 * PostgreSQL search ranks each of its candidates by reading the entry's weighted vector
 * (src/delivery/search/search-database.ts), about 2 kB. A row over 2 kB had its vector moved
 * out to the TOAST table, so each candidate cost a second index lookup and more pages: ranking a
 * search's hundred-odd candidates took 0.45 ms of its time, 0.2 ms with the vectors in the rows
 * (bench database, 100,000 articles). Rows now stay whole up to a page; a longer one is still
 * toasted, its body first. CLUSTER rewrites the rows already there (VACUUM FULL cannot run in a
 * migration's transaction).
 */

const isPostgres = (knex) => ['pg', 'postgres', 'postgresql'].includes(String(knex.client.config.client));

module.exports = {
  async up(knex) {
    if (!isPostgres(knex)) return;
    await knex.raw('ALTER TABLE search_entries SET (toast_tuple_target = 8160)');
    await knex.raw('ALTER TABLE search_entries ALTER COLUMN search_vector SET STORAGE MAIN');
    await knex.raw('CLUSTER search_entries USING search_entries_pkey');
  },
};
