'use strict';

/**
 * Whether the writer already dropped the entries in the shared store (Redis) itself: then the
 * other instances, which read the same store, have nothing left to do.
 */
module.exports = {
  async up(knex) {
    if (await knex.schema.hasColumn('response_cache_invalidations', 'shared')) return;
    await knex.schema.alterTable('response_cache_invalidations', (table) => {
      table.boolean('shared').notNullable().defaultTo(false);
    });
  },
};
