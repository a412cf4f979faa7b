import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import pLimit from 'p-limit';

/** A search that waited longer than SEARCH_QUEUE_TIMEOUT for its turn (REST answers 503). */
export class SearchBusyError extends errors.ApplicationError<'SearchBusyError', string, { waitedMs: number }> {
  constructor(waitedMs: number) {
    super('Search is busy. Try again shortly.', { waitedMs });
    this.name = 'SearchBusyError';
  }
}

type SearchSettings = { concurrency: number; queueTimeoutMs: number };
type TakeTurn = <T>(search: () => Promise<T>) => Promise<T>;

/**
 * Runs `search` once fewer than `concurrency` searches are running, in the order they came
 * (config/search.ts says why). One still waiting after `queueTimeoutMs` is refused and leaves
 * the queue without running; one that has started is never cut short.
 */
export const searchTurns = ({ concurrency, queueTimeoutMs }: SearchSettings): TakeTurn => {
  const limit = pLimit(concurrency);
  return <T>(search: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      let refused = false;
      const timer = setTimeout(() => {
        refused = true;
        reject(new SearchBusyError(queueTimeoutMs));
      }, queueTimeoutMs);
      // The turn's own promise never rejects: whatever the search throws goes to its caller.
      void limit(async () => {
        if (refused) return;
        clearTimeout(timer);
        try {
          resolve(await search());
        } catch (error) {
          reject(error);
        }
      });
    });
};

const turnsByApp = new WeakMap<Core.Strapi, TakeTurn>();

/** This app's search turns, made on first use from config/search.ts. */
export const takeSearchTurn = <T>(strapi: Core.Strapi, search: () => Promise<T>): Promise<T> => {
  let takeTurn = turnsByApp.get(strapi);
  if (!takeTurn) turnsByApp.set(strapi, (takeTurn = searchTurns(strapi.config.get<SearchSettings>('search'))));
  return takeTurn(search);
};
