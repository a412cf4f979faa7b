import type { Core } from '@strapi/strapi';
import { Client, type ClientConfig } from 'pg';
import { isConnectionError } from './connection-errors';

// While unreachable, a fresh connection is tried this often; the first that opens ends the outage.
const PROBE_EVERY_MS = 250;
const PROBE_CONNECT_TIMEOUT_MS = 2000;

type Pool = { on: (event: 'createFail', listener: (eventId: number, error: unknown) => void) => void };

// Unref'd: a probe must not keep a process alive that is shutting down during an outage.
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/** Opens and closes one connection of its own (not from the pool, whose queue may be long). */
const canConnect = async (connection: ClientConfig) => {
  const client = new Client({ ...connection, connectionTimeoutMillis: PROBE_CONNECT_TIMEOUT_MS });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
};

/**
 * Whether PostgreSQL can be reached, as this process last saw it. The first connection-level
 * failure (a query on a dropped connection, a connection that cannot be opened, also where
 * code below us swallows the error) marks it unreachable; from then on a probe tries a fresh
 * connection every 250 ms, and the first that opens marks it reachable again. Meanwhile
 * requests are answered 503 at once instead of queueing for the pool behind a dead server.
 * On SQLite nothing is ever unreachable.
 */
export const watchDatabaseReachability = (strapi: Core.Strapi) => {
  let failures = 0;
  let unreachable = false;
  const knex = strapi.db.connection;
  const isPostgres = strapi.db.dialect.client === 'postgres';
  const connection = (knex.client as { config: { connection: ClientConfig } }).config.connection;

  const probeUntilReachable = async () => {
    while (!(await canConnect(connection))) await wait(PROBE_EVERY_MS);
    unreachable = false;
    strapi.log.info('Database reachable again.');
  };
  const noteFailure = (error: unknown) => {
    if (!isConnectionError(error)) return;
    failures += 1;
    if (unreachable || !isPostgres) return;
    unreachable = true;
    strapi.log.warn(`Database unreachable (${(error as Error).message}): answering 503 until it is back.`);
    void probeUntilReachable();
  };

  knex.on('query-error', noteFailure);
  // A new connection that cannot be opened never becomes a query, so it is seen on the pool.
  (knex.client as { pool?: Pool }).pool?.on('createFail', (_eventId, error) => noteFailure(error));

  return {
    /** Connection-level failures so far: a request compares the count before and after itself. */
    failures: () => failures,
    isUnreachable: () => unreachable,
    noteFailure,
  };
};
