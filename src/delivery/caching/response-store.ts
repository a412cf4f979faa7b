import type { CachedResponse } from './cached-response';

/** What a store answers either at once (in memory) or once a server has replied (Redis). */
export type MaybeAsync<T> = T | Promise<T>;

/**
 * Where answers are kept. Invalidation runs on a logical clock: `now()` is read when a miss
 * starts, and `set` refuses an entry if any model it read was invalidated after that point,
 * because the answer may then hold the rows from before the write.
 */
export type ResponseStore = {
  /** Shared by every instance, which then see each other's invalidations at once. */
  shared: boolean;
  /** Undefined when there is no such entry, or when the store cannot be asked right now. */
  get: (key: string) => MaybeAsync<CachedResponse | undefined>;
  /** Undefined when nothing can be kept right now. */
  now: () => MaybeAsync<number | undefined>;
  set: (key: string, entry: CachedResponse, since: number) => MaybeAsync<void>;
  /** False when the store could not be reached; it then retries by itself. */
  invalidate: (tags: string[]) => MaybeAsync<boolean>;
  /** This instance may have missed invalidations announced by others. */
  clear: () => MaybeAsync<void>;
  start: () => Promise<void>;
  stop: () => Promise<void>;
};
