import path from 'path';
import type { Core } from '@strapi/strapi';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export type AuthRateLimitConfig = {
  enabled: boolean;
  /** Attempts allowed per client address and path within one window. */
  max: number;
  windowSeconds: number;
  /** Path prefixes (lower case) that sign in, register or reset a password. */
  paths: string[];
};

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * The key is the client address and the path only. Strapi's own limiters add the e-mail from
 * the body, so an attacker who changes it on each attempt gets a fresh allowance each time.
 */
export const rateLimitKeyOf = (ip: string, requestPath: string) => `${ip}|${normalisedPath(requestPath)}`;

// The router matches paths case-insensitively and ignores a trailing slash: so must the key.
const normalisedPath = (requestPath: string) => path.posix.normalize(requestPath).toLowerCase().replace(/\/+$/, '') || '/';

export const isRateLimitedPath = (config: AuthRateLimitConfig, requestPath: string) => {
  const candidate = `${normalisedPath(requestPath)}/`;
  return config.paths.some((prefix) => candidate.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`));
};

const storeOf = (strapi: Core.Strapi, config: AuthRateLimitConfig): RateLimiterAbstract => {
  const options = { points: config.max, duration: config.windowSeconds, keyPrefix: 'auth' };
  if (strapi.db.dialect.client !== 'postgres') return new RateLimiterMemory(options);
  // Counters in PostgreSQL are shared by every instance; if the database is unreachable the
  // limit still holds per instance rather than letting every attempt through.
  return new RateLimiterPostgres({
    ...options,
    storeClient: strapi.db.connection,
    storeType: 'knex',
    tableName: 'auth_rate_limits',
    tableCreated: true,
    insuranceLimiter: new RateLimiterMemory(options),
  });
};

/** Counts one attempt against its key and says whether it may go on. */
export const createAuthRateLimiter = (strapi: Core.Strapi, config: AuthRateLimitConfig) => {
  let store: RateLimiterAbstract | undefined;
  return async (key: string): Promise<RateLimitVerdict> => {
    store ??= storeOf(strapi, config);
    try {
      await store.consume(key);
      return { allowed: true };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
      }
      throw rejection;
    }
  };
};
