import type { Core } from '@strapi/strapi';
import { Client } from 'pg';

export type InvalidationMessage = {
  origin: string;
  tags: string[];
  /** The sender has dropped the entries in the shared store (Redis) itself. */
  shared: boolean;
};
export type InvalidationBus = {
  announce: (message: InvalidationMessage) => Promise<void>;
  stop: () => Promise<void>;
};
type Receive = (message: InvalidationMessage) => void;

const SQLITE_TABLE = 'response_cache_invalidations';
const SQLITE_POLL_MS = 250;
const SQLITE_KEEP_MS = 60_000;
const RECONNECT_MS = 1_000;

/**
 * PostgreSQL LISTEN/NOTIFY on a connection of its own. NOTIFY is delivered after the sender's
 * commit; while the listener is disconnected nothing can be trusted, so it asks for a full
 * clear when it is back.
 */
const postgresBus = async (strapi: Core.Strapi, channel: string, receive: Receive, clearAll: () => void): Promise<InvalidationBus> => {
  const connection = (strapi.db.connection.client as { config: { connection: object } }).config.connection;
  let listener: Client | undefined;
  let stopped = false;

  const listen = async () => {
    const client = new Client(connection);
    client.on('notification', ({ payload }) => {
      if (payload) receive(JSON.parse(payload) as InvalidationMessage);
    });
    client.on('error', () => undefined);
    client.on('end', () => {
      if (stopped) return;
      clearAll();
      setTimeout(() => void listen().catch(() => undefined), RECONNECT_MS).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${channel}`);
    listener = client;
    clearAll();
  };
  await listen();

  return {
    announce: async (message) => {
      await strapi.db.connection.raw('select pg_notify(?, ?)', [channel, JSON.stringify(message)]);
    },
    stop: async () => {
      stopped = true;
      await listener?.end().catch(() => undefined);
    },
  };
};

/** SQLite has no notifications: processes sharing the file poll a small table instead. */
const sqliteBus = async (strapi: Core.Strapi, receive: Receive): Promise<InvalidationBus> => {
  const knex = strapi.db.connection;
  const [last] = await knex(SQLITE_TABLE).max({ id: 'id' });
  let seen = Number(last?.id ?? 0);
  let polling = false;
  const poll = async () => {
    if (polling) return;
    polling = true;
    try {
      const rows = await knex(SQLITE_TABLE).where('id', '>', seen).orderBy('id');
      for (const row of rows) {
        seen = row.id;
        receive({ origin: row.origin, tags: JSON.parse(row.tags), shared: Boolean(row.shared) });
      }
    } catch (error) {
      strapi.log.warn(`Response cache: could not read invalidations: ${(error as Error).message}`);
    } finally {
      polling = false;
    }
  };
  const timer = setInterval(() => void poll(), SQLITE_POLL_MS);
  timer.unref();

  return {
    announce: async (message) => {
      const now = Date.now();
      await knex(SQLITE_TABLE).insert({ origin: message.origin, tags: JSON.stringify(message.tags), shared: message.shared, created_at: now });
      await knex(SQLITE_TABLE).where('created_at', '<', now - SQLITE_KEEP_MS).delete();
    },
    stop: async () => clearInterval(timer),
  };
};

export const startDatabaseBus = (strapi: Core.Strapi, channel: string, receive: Receive, clearAll: () => void) =>
  strapi.db.dialect.client === 'postgres' ? postgresBus(strapi, channel, receive, clearAll) : sqliteBus(strapi, receive);
