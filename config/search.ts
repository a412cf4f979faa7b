import { availableParallelism } from 'node:os';
import type { Core } from '@strapi/strapi';

const positiveInteger = (value: number, fallback: number) => (Number.isInteger(value) && value > 0 ? value : fallback);

/**
 * Site search (/api/search and GraphQL's search). A search keeps a PostgreSQL core busy for a
 * few milliseconds, so more searches at once than the database has cores only share the cores
 * out more finely: each one takes longer and the slowest take longest of all. Past the limit a
 * search waits its turn in this process instead, first come first served, and is answered 503
 * when it has waited longer than the queue timeout. The default suits a database on the same
 * machine; set SEARCH_CONCURRENCY to the database's cores when it has a machine of its own.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  concurrency: positiveInteger(env.int('SEARCH_CONCURRENCY', availableParallelism()), availableParallelism()),
  queueTimeoutMs: positiveInteger(env.int('SEARCH_QUEUE_TIMEOUT', 5000), 5000),
});
