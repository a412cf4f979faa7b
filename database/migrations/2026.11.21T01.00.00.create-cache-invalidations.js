'use strict';

/**
 * Where processes sharing one SQLite file (the server, `npm run import`, `npm run seed`) leave
 * each other word of public writes, so each drops what its response cache built from them.
 * On PostgreSQL the same word travels by LISTEN/NOTIFY and this table stays empty.
 */
module.exports = {
  async up(knex) {
    if (await knex.schema.hasTable('response_cache_invalidations')) return;
    await knex.schema.createTable('response_cache_invalidations', (table) => {
      table.increments('id');
      table.string('origin', 64).notNullable();
      table.text('tags').notNullable();
      table.bigInteger('created_at').notNullable();
    });
  },
};
