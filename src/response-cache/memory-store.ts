import { LRUCache } from 'lru-cache';
import type { CachedResponse } from './cached-response';
import { sizeOf } from './cached-response';

/**
 * The default store: an LRU bounded in bytes, with an index from each tag to the entries built
 * from that model, so an invalidation drops exactly those.
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

  return {
    get: (key: string) => entries.get(key),
    set: (key: string, entry: CachedResponse) => {
      entries.set(key, entry);
      if (!entries.has(key)) return; // larger than the whole cache
      for (const tag of entry.tags) {
        if (!keysByTag.has(tag)) keysByTag.set(tag, new Set());
        keysByTag.get(tag)!.add(key);
      }
    },
    invalidate: (tags: Iterable<string>) => {
      for (const tag of tags) {
        for (const key of [...(keysByTag.get(tag) ?? [])]) entries.delete(key);
      }
    },
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
  };
};

export type MemoryStore = ReturnType<typeof createMemoryStore>;
