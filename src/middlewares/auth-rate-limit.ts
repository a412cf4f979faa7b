import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { createAuthRateLimiter, isRateLimitedPath, rateLimitKeyOf, type AuthRateLimitConfig } from '../platform/security/auth-rate-limit';

/**
 * Throttles sign-in, registration and password-reset attempts per client address and path,
 * in front of Strapi's own limiters (which key on the e-mail in the body as well).
 */
export default (config: AuthRateLimitConfig, { strapi }: { strapi: Core.Strapi }) => {
  if (!config.enabled) return (_ctx: Context, next: Next) => next();
  const consume = createAuthRateLimiter(strapi, config);
  return async (ctx: Context, next: Next) => {
    if (ctx.method === 'OPTIONS' || !isRateLimitedPath(config, ctx.path)) return next();
    const verdict = await consume(rateLimitKeyOf(ctx.ip, ctx.path));
    if (verdict.allowed) return next();
    ctx.set('Retry-After', String(verdict.retryAfterSeconds));
    ctx.status = 429;
    ctx.body = {
      data: null,
      error: {
        status: 429,
        name: 'RateLimitError',
        message: `Too many attempts from this address: try again in ${verdict.retryAfterSeconds} s.`,
        details: {},
      },
    };
  };
};
