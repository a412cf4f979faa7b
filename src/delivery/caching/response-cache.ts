import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { compressedForms, type CachedResponse } from './cached-response';
import { startDatabaseBus, type InvalidationBus, type InvalidationMessage } from './invalidation-bus';
import { createMemoryStore } from './memory-store';
import { canBeInvalidated, recordingReads, trackReads, type ReadSet } from './read-tracking';
import { createRedisStore } from './redis-store';
import type { ResponseStore } from './response-store';

export type ResponseCacheSettings = { enabled: boolean; maxSizeMb: number; redisUrl: string; channel: string; confirmTimeoutMs: number };
/** A miss being answered: what it read, and when it started, so a write during it is noticed. */
export type PendingEntry = { key: string; reads: ReadSet; since: number };

// Headers that belong to one sending of a response, not to the response.
const UNSTORED_HEADERS = new Set(['content-length', 'content-encoding', 'x-cache', 'set-cookie', 'date', 'connection', 'keep-alive']);

const storeFor = (strapi: Core.Strapi, settings: ResponseCacheSettings): ResponseStore =>
  settings.redisUrl ? createRedisStore(strapi, settings) : createMemoryStore(settings.maxSizeMb * 1024 * 1024);

const createResponseCache = (strapi: Core.Strapi) => {
  const settings = strapi.config.get('response-cache') as ResponseCacheSettings;
  if (!/^[a-z_][a-z0-9_]*$/.test(settings.channel)) throw new Error('RESPONSE_CACHE_CHANNEL must be a lower-case SQL identifier.');
  const origin = crypto.randomUUID();
  const store = storeFor(strapi, settings);
  let bus: InvalidationBus | undefined;
  // Announcements still on their way, awaited at shutdown so a script's last write is told.
  const announcing = new Set<Promise<void>>();
  // Once shutting down, nothing new goes out: Strapi destroys the pool next, and a connection
  // still being opened then fails the process with an unhandled "aborted".
  let stopping = false;
  // An instance that cannot hear the others' writes keeps nothing in its own memory meanwhile.
  const canTrustStore = () => store.shared || !bus || bus.isListening();

  return {
    enabled: settings.enabled,
    lookup: (key: string) => (canTrustStore() ? store.get(key) : undefined),

    /** Starts answering a miss: reads made inside `work` are recorded against the entry. */
    answerMiss: async (ctx: Context, key: string, work: () => Promise<void>) => {
      if (!canTrustStore()) return work();
      const now = store.now();
      const since = now instanceof Promise ? await now : now;
      if (since === undefined) return work();
      const pending: PendingEntry = { key, reads: { tags: new Set(), statements: 0 }, since };
      ctx.state.responseCacheMiss = pending;
      return recordingReads(pending.reads, work);
    },

    /** Keeps the answer being sent, unless something it read changed while it was built. */
    keep: (ctx: Context, body: string | Buffer) => {
      const pending = ctx.state.responseCacheMiss as PendingEntry | undefined;
      if (!pending || !canBeInvalidated(pending.reads) || ctx.response.get('Set-Cookie')) return;
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(ctx.response.headers)) {
        if (!UNSTORED_HEADERS.has(name) && value !== undefined) headers[name] = String(value);
      }
      const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
      const entry: CachedResponse = { status: ctx.status, headers, body: bytes, tags: [...pending.reads.tags], ...compressedForms(bytes) };
      return store.set(pending.key, entry, pending.since);
    },

    /**
     * Drops every answer built from these models. Called before a write (so answers being built
     * meanwhile are not kept) and after its commit, when the other instances are told too.
     */
    invalidate: async (tags: string[], { announce }: { announce: boolean }) => {
      const reached = await store.invalidate(tags);
      if (!announce || !bus || stopping) return;
      const announcement = bus.announce({ origin, tags, shared: store.shared && reached }).catch((error: Error) => {
        strapi.log.error(`Response cache: other instances were not told of a change to ${tags.join(', ')}: ${error.message}`);
      });
      announcing.add(announcement);
      await announcement;
      announcing.delete(announcement);
    },

    start: async () => {
      trackReads(strapi);
      await store.start();
      // With Redis the writer drops the shared entries itself, and the others see that at once.
      // The database bus stays because it does not go through Redis: when the writer could not
      // reach it, any instance that can applies the invalidation instead (and an instance
      // without REDIS_URL, such as a script, is still heard).
      const receive = (message: InvalidationMessage) => {
        if (message.origin === origin || (message.shared && store.shared)) return undefined;
        return store.invalidate(message.tags);
      };
      const busSettings = { channel: settings.channel, origin, confirmTimeoutMs: settings.confirmTimeoutMs };
      bus = await startDatabaseBus(strapi, busSettings, receive, () => void store.clear());
    },
    stop: async () => {
      stopping = true;
      await Promise.all(announcing);
      await bus?.stop();
      await store.stop();
    },
  };
};

export type ResponseCache = ReturnType<typeof createResponseCache>;

// A service in Strapi's container: it belongs to one app, and every copy of this module loaded
// in the process (the compiled app, and a test or script importing the source) reaches the
// same cache through the app itself.
const SERVICE = 'wellness-cms.response-cache';

/** The app's one response cache, shared by the HTTP middlewares and the write hooks. */
export const responseCacheOf = (strapi: Core.Strapi): ResponseCache => {
  if (!strapi.has(SERVICE)) strapi.add(SERVICE, () => createResponseCache(strapi));
  return strapi.get(SERVICE);
};
