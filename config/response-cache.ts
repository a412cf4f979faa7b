import type { Core } from '@strapi/strapi';

/**
 * The cache of public responses, in process or in Redis. It never serves stale content: every
 * public write invalidates what it affects, on this instance and (through PostgreSQL or Redis)
 * on the others.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  enabled: env('RESPONSE_CACHE', 'on') !== 'off',
  maxSizeMb: env.int('RESPONSE_CACHE_MAX_MB', 64),
  // A store shared by every instance; otherwise each keeps its own and they tell each other
  // through PostgreSQL LISTEN/NOTIFY. The channel's name prefixes the keys in Redis.
  redisUrl: env('REDIS_URL', ''),
  channel: env('RESPONSE_CACHE_CHANNEL', 'wellness_response_cache'),
  // A writer answers once every other listening instance has dropped what it changed, so a read
  // anywhere after the answer is fresh; an instance that does not confirm within this is logged.
  confirmTimeoutMs: env.int('RESPONSE_CACHE_CONFIRM_TIMEOUT_MS', 2000),
});
