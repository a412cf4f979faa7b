import { LRUCache } from 'lru-cache';
import type { CachedResponse } from './cached-response';
import { sizeOf } from './cached-response';
import type { ResponseStore } from './response-store';

/**
 * The default store: an LRU in this process, bounded in bytes, with an index from each tag to
 * the entries built from that model, so an invalidation drops exactly those.
 */
export const createMemoryStore = (maxSizeBytes: number) => {
  const keysByTag = new Map<string, Set<string>>();
  const entries = new LRUCache<string, CachedResponse>({
    maxSize: maxSizeBytes,
    sizeCalculation: sizeOf,
    dispose: (entry, key) => {
      for (const tag of entry.tags) keysByTag.get(tag)?.delete(key);
    },
  });
  let clock = 0;
  const invalidatedAt = new Map<string, number>();
  const wasInvalidatedSince = (tags: Iterable<string>, since: number) => {
    if ((invalidatedAt.get('*') ?? 0) > since) return true;
    for (const tag of tags) if ((invalidatedAt.get(tag) ?? 0) > since) return true;
    return false;
  };

  return {
    shared: false,
    // Synchronous on purpose: the hit path then costs no promise.
    get: (key: string) => entries.get(key),
    now: () => clock,
    set: (key: string, entry: CachedResponse, since: number) => {
      if (wasInvalidatedSince(entry.tags, since)) return;
      entries.set(key, entry);
      if (!entries.has(key)) return; // larger than the whole cache
      for (const tag of entry.tags) {
        if (!keysByTag.has(tag)) keysByTag.set(tag, new Set());
        keysByTag.get(tag)!.add(key);
      }
    },
    invalidate: (tags: string[]) => {
      clock += 1;
      for (const tag of tags) {
        invalidatedAt.set(tag, clock);
        for (const key of [...(keysByTag.get(tag) ?? [])]) entries.delete(key);
      }
      return true;
    },
    clear: () => {
      clock += 1;
      invalidatedAt.clear();
      // Everything before this point is suspect: make every pending miss look stale.
      invalidatedAt.set('*', clock);
      entries.clear();
    },
    start: async () => undefined,
    stop: async () => entries.clear(),
  } satisfies ResponseStore;
};
