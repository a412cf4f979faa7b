import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';

type ServeAtRootConfig = { paths: string[] };

/**
 * Serves content-API routes at the root too. Strapi 5 mounts every route file under the REST
 * prefix, and a route's own `config.prefix` cannot leave it; crawlers and feed readers look for
 * /sitemap.xml and /robots.txt at the root. The router alone sees the prefixed path: the
 * middlewares around it (cache, logs, ETags) keep the address that was asked for.
 */
export default (config: ServeAtRootConfig, { strapi }: { strapi: Core.Strapi }) => {
  const prefix = strapi.config.get('api.rest.prefix', '/api') as string;
  const paths = new Set(config.paths);
  return async (ctx: Context, next: Next) => {
    if (!paths.has(ctx.path)) return next();
    const askedFor = ctx.path;
    ctx.path = `${prefix}${askedFor}`;
    try {
      await next();
    } finally {
      ctx.path = askedFor;
    }
  };
};
