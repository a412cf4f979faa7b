'use strict';

/**
 * Attempt counters of the sign-in rate limit (src/platform/security/auth-rate-limit.ts), shared by every
 * instance on one PostgreSQL so that two instances behind a load balancer do not double the
 * allowance. The shape is the one rate-limiter-flexible's PostgreSQL store reads and writes.
 * SQLite runs a single instance and keeps its counters in memory, so it needs no table.
 */
module.exports = {
  async up(knex) {
    if (!['pg', 'postgres', 'postgresql'].includes(String(knex.client.config.client))) return;
    if (await knex.schema.hasTable('auth_rate_limits')) return;
    await knex.schema.createTable('auth_rate_limits', (table) => {
      table.string('key', 255).primary();
      table.integer('points').notNullable().defaultTo(0);
      table.bigInteger('expire');
    });
  },
};
