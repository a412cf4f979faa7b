import type { Core } from '@strapi/strapi';

/**
 * The in-process cache of public responses. It never serves stale content: every public write
 * invalidates what it affects, on this instance and (through PostgreSQL or Redis) on the others.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  enabled: env('RESPONSE_CACHE', 'on') !== 'off',
  maxSizeMb: env.int('RESPONSE_CACHE_MAX_MB', 64),
  // Shared store and invalidation channel for several instances; PostgreSQL LISTEN/NOTIFY otherwise.
  redisUrl: env('REDIS_URL', ''),
  channel: env('RESPONSE_CACHE_CHANNEL', 'wellness_response_cache'),
});
