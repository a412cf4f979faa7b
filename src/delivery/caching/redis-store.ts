import type { Core } from '@strapi/strapi';
import { createClient, RESP_TYPES } from 'redis';
import { buildIdentity } from './build-identity';
import type { CachedResponse } from './cached-response';
import { getEntry, invalidateTags, keepEntry, type EntryReply } from './redis-scripts';
import type { ResponseStore } from './response-store';

// Long enough to outlive any sensible traffic pattern; only there so orphans go away.
const ENTRY_TTL_SECONDS = 24 * 60 * 60;
// A hit must not wait on a stalled Redis: past this the request goes down the chain. node-redis'
// own command timeout stops counting once a command is written, so it cannot see a stall.
const ANSWER_WITHIN_MS = 250;
// After a failure entries are left alone for a moment rather than every request waiting again.
const PAUSE_AFTER_FAILURE_MS = 1000;

const within = <T>(ms: number, command: Promise<T>) =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    command.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      }
    );
  });

const toCachedResponse = ([status, headers, body, gzip, br, tags]: EntryReply): CachedResponse => ({
  status: Number(status),
  headers: JSON.parse(headers!.toString()) as Record<string, string>,
  body: body!,
  gzip: gzip ?? undefined,
  br: br ?? undefined,
  tags: tags!.toString().split(' ').filter(Boolean),
});

/**
 * Entries in Redis, shared by every instance: a write on one drops them for all at once.
 *
 * While Redis cannot be reached, reads and writes of entries fail fast (no offline queue) and
 * requests are answered by the chain, uncached. An invalidation that could not be applied is
 * remembered and retried; until it has gone through, this instance neither serves nor keeps
 * entries, since Redis may still hold what it should have dropped. node-redis reconnects by
 * itself. Nothing is held in this process, so nothing here can miss an invalidation.
 */
export const createRedisStore = (strapi: Core.Strapi, { redisUrl, channel }: { redisUrl: string; channel: string }): ResponseStore => {
  const prefix = `${channel}:`;
  const versionsKey = `${prefix}versions`;
  const tagSetKey = (tag: string) => `${prefix}tag:${tag}`;
  let entryPrefix = `${prefix}entry:`;
  const client = createClient({
    url: redisUrl,
    disableOfflineQueue: true,
    scripts: { getEntry, keepEntry, invalidateTags },
  });
  const binary = client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });

  let unavailable = false;
  let pausedUntil = 0;
  const failed = (what: string, error: unknown) => {
    if (!unavailable)
      strapi.log.warn(`Response cache: Redis unavailable (${what}: ${(error as Error).message}); answering uncached until it is back.`);
    unavailable = true;
    pausedUntil = Date.now() + PAUSE_AFTER_FAILURE_MS;
  };
  const recovered = () => {
    if (unavailable) strapi.log.info('Response cache: Redis is back.');
    unavailable = false;
    pausedUntil = 0;
  };

  // Tag to the sequence number of its latest invalidation not yet applied: an older attempt
  // that succeeds late must not clear a newer one.
  const unapplied = new Map<string, number>();
  let sequence = 0;
  const applyInvalidations = async () => {
    const batch = [...unapplied];
    if (batch.length === 0) return true;
    const tags = batch.map(([tag]) => tag);
    try {
      await within(ANSWER_WITHIN_MS, client.invalidateTags(versionsKey, tags.map(tagSetKey), tags));
      for (const [tag, number] of batch) if (unapplied.get(tag) === number) unapplied.delete(tag);
      recovered();
      return true;
    } catch (error) {
      failed('invalidation', error);
      return false;
    }
  };
  let retrying: Promise<boolean> | undefined;
  const retryInvalidations = () => {
    retrying ??= applyInvalidations().finally(() => (retrying = undefined));
  };
  // Redis may still hold entries an unapplied invalidation should have dropped.
  const usable = () => {
    if (unapplied.size > 0) retryInvalidations();
    return unapplied.size === 0 && Date.now() >= pausedUntil;
  };

  return {
    shared: true,
    get: async (key) => {
      if (!usable()) return undefined;
      try {
        const reply = await within(ANSWER_WITHIN_MS, binary.getEntry(`${entryPrefix}${key}`, versionsKey));
        if (unavailable) recovered();
        return reply ? toCachedResponse(reply) : undefined;
      } catch (error) {
        return void failed('read', error);
      }
    },
    now: async () => {
      if (!usable()) return undefined;
      try {
        return Number((await within(ANSWER_WITHIN_MS, client.hGet(versionsKey, 'clock'))) ?? 0);
      } catch (error) {
        return void failed('read', error);
      }
    },
    set: async (key, entry, since) => {
      if (!usable()) return;
      const keys = { versions: versionsKey, entry: `${entryPrefix}${key}`, tagSets: entry.tags.map(tagSetKey) };
      const fields = { ...entry, status: String(entry.status), headers: JSON.stringify(entry.headers) };
      try {
        await within(ANSWER_WITHIN_MS, client.keepEntry(keys, since, ENTRY_TTL_SECONDS, fields));
      } catch (error) {
        failed('write', error);
      }
    },
    invalidate: async (tags) => {
      for (const tag of tags) unapplied.set(tag, (sequence += 1));
      return applyInvalidations();
    },
    // Writers drop shared entries in Redis themselves, so a missed announcement leaves nothing
    // stale here; an invalidation that did not reach Redis is retried by whoever made it.
    clear: () => undefined,
    start: async () => {
      entryPrefix = `${prefix}entry:${buildIdentity(strapi)}:`;
      client.on('error', (error: Error) => failed('connection', error));
      client.on('ready', () => {
        recovered();
        retryInvalidations();
      });
      // The first connection is retried for ever too: start-up waits for the first attempt only.
      await new Promise<void>((resolve) => {
        client.once('ready', resolve).once('error', () => resolve());
        client.connect().catch(() => undefined);
      });
    },
    // Lets commands in flight (an invalidation after a commit) finish, unless Redis has stalled.
    stop: async () => {
      if (!client.isOpen) return;
      await within(ANSWER_WITHIN_MS * 4, client.close()).catch(() => client.destroy());
    },
  };
};
