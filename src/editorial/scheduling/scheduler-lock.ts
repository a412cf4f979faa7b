import type { Core } from '@strapi/strapi';

// Any constant shared by every instance of this app; it names the lock, nothing else.
const SCHEDULER_LOCK_KEY = 7_212_001;

// Passes of this process in progress: a cron tick must not overlap a slow pass or the
// start-up catch-up on the same instance, whatever the database.
const runningHere = new WeakSet<Core.Strapi>();

const withDatabaseLock = async <T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<T | 'locked'> => {
  if (strapi.db.dialect.client !== 'postgres') return work();
  // A raw knex transaction, not strapi.db.transaction: the work's own writes must not join it.
  return strapi.db.connection.transaction(async (trx) => {
    const result = await trx.raw('select pg_try_advisory_xact_lock(?) as locked', [SCHEDULER_LOCK_KEY]);
    if (!result.rows[0].locked) return 'locked' as const;
    return work();
  });
};

/**
 * Runs `work` only if no other pass is running, in this process or, on PostgreSQL, in any
 * instance sharing the database (a transaction-scoped advisory lock, released when the
 * transaction ends, also if the process dies). SQLite deployments are single-instance.
 */
export const withSchedulerLock = async <T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<T | 'locked'> => {
  if (runningHere.has(strapi)) return 'locked';
  runningHere.add(strapi);
  try {
    return await withDatabaseLock(strapi, work);
  } finally {
    runningHere.delete(strapi);
  }
};
