import type { Core } from '@strapi/strapi';
import { postgresBus } from './postgres-bus';

export type InvalidationMessage = {
  origin: string;
  tags: string[];
  /** The sender has dropped the entries in the shared store (Redis) itself. */
  shared: boolean;
};
export type InvalidationBus = {
  /** Resolves once the other instances have dropped what the message names (as far as the bus can tell). */
  announce: (message: InvalidationMessage) => Promise<void>;
  /** False while this instance may be missing announcements: what it holds cannot be trusted. */
  isListening: () => boolean;
  stop: () => Promise<void>;
};
export type Receive = (message: InvalidationMessage) => unknown;
export type BusSettings = { channel: string; origin: string; confirmTimeoutMs: number };

const SQLITE_TABLE = 'response_cache_invalidations';
const SQLITE_POLL_MS = 250;
const SQLITE_KEEP_MS = 60_000;

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
      await knex(SQLITE_TABLE).insert({
        origin: message.origin,
        tags: JSON.stringify(message.tags),
        shared: message.shared,
        created_at: now,
      });
      await knex(SQLITE_TABLE)
        .where('created_at', '<', now - SQLITE_KEEP_MS)
        .delete();
    },
    isListening: () => true,
    stop: async () => clearInterval(timer),
  };
};

export const startDatabaseBus = (strapi: Core.Strapi, settings: BusSettings, receive: Receive, clearAll: () => void) =>
  strapi.db.dialect.client === 'postgres' ? postgresBus(strapi, settings, receive, clearAll) : sqliteBus(strapi, receive);
