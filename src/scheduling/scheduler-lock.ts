import type { Core } from '@strapi/strapi';

// Any constant shared by every instance of this app; it names the lock, nothing else.
const SCHEDULER_LOCK_KEY = 7_212_001;

/**
 * Runs `work` only if no other instance on the same PostgreSQL database is running it. The
 * transaction-scoped advisory lock is released when the transaction ends, also if the process
 * dies. SQLite deployments are single-instance, so there the work simply runs.
 */
export const withSchedulerLock = async <T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<T | 'locked'> => {
  if (strapi.db.dialect.client !== 'postgres') return work();
  // A raw knex transaction, not strapi.db.transaction: the work's own writes must not join it.
  return strapi.db.connection.transaction(async (trx) => {
    const result = await trx.raw('select pg_try_advisory_xact_lock(?) as locked', [SCHEDULER_LOCK_KEY]);
    if (!result.rows[0].locked) return 'locked' as const;
    return work();
  });
};
