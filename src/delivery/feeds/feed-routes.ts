import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { rssFeed } from './rss-feed';
import { sitemap } from './sitemap';

const ROBOTS = (sitemapUrl: string) =>
  ['User-agent: *', 'Disallow: /admin', 'Disallow: /api/preview/', 'Allow: /', `Sitemap: ${sitemapUrl}`, ''].join('\n');

/** This server's own public address, for the self links feeds and sitemaps carry. */
const ownUrl = (strapi: Core.Strapi, ctx: Context, path: string) =>
  new URL(path, (strapi.config.get('server.url') as string) || ctx.origin).toString();

// Marked as content-API requests so the published-only rule applies to every read they make.
const asContentApi = (handler: (ctx: Context) => Promise<void>) => async (ctx: Context) => {
  ctx.state.route = { info: { type: 'content-api' } };
  await handler(ctx);
};

/** /feed.xml, /sitemap.xml and /robots.txt at the root, where crawlers and feed readers look. */
export const registerFeedRoutes = (strapi: Core.Strapi) => {
  strapi.server.routes([
    {
      method: 'GET',
      path: '/feed.xml',
      handler: asContentApi(async (ctx) => {
        const topic = ctx.query.topic;
        if (topic !== undefined && (typeof topic !== 'string' || !/^[a-z0-9-]{1,160}$/.test(topic))) {
          throw new errors.ValidationError('"topic" must be a topic slug.');
        }
        // Type set after the body is built: an error on the way must still answer as JSON.
        const feed = await rssFeed(strapi, ownUrl(strapi, ctx, ctx.url), topic);
        ctx.type = 'application/rss+xml; charset=utf-8';
        ctx.body = feed;
      }),
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/sitemap.xml',
      handler: asContentApi(async (ctx) => {
        const page = ctx.query.page === undefined ? undefined : Number(ctx.query.page);
        const xml = await sitemap(strapi, ownUrl(strapi, ctx, '/sitemap.xml'), page);
        ctx.type = 'application/xml; charset=utf-8';
        ctx.body = xml;
      }),
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/robots.txt',
      handler: async (ctx: Context) => {
        ctx.type = 'text/plain; charset=utf-8';
        ctx.body = ROBOTS(ownUrl(strapi, ctx, '/sitemap.xml'));
      },
      config: { auth: false },
    },
  ]);
};
