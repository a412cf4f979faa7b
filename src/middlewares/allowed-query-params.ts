import { errors } from '@strapi/utils';
import type { Context, Next } from 'koa';

type AllowedQueryParams = { allowed?: string[] };

/**
 * The core routes refuse unknown query parameters (strictParams); the custom page routes build
 * their own query, so they say here which parameters they read. Anything else (populate, filters,
 * fields ...) would be silently ignored, and a client would believe it had been applied.
 */
export default (config: AllowedQueryParams) => {
  const allowed = new Set(config.allowed ?? []);
  return async (ctx: Context, next: Next) => {
    const unexpected = Object.keys(ctx.query).filter((name) => !allowed.has(name));
    if (unexpected.length > 0) {
      const accepted = allowed.size > 0 ? `it accepts ${[...allowed].join(', ')}` : 'it accepts none';
      throw new errors.ValidationError(`Unknown query parameter ${unexpected.join(', ')}: ${accepted}.`, { unexpected });
    }
    return next();
  };
};
