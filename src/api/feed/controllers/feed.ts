import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { robotsTxt } from '../../../delivery/feeds/robots';
import { rssFeed } from '../../../delivery/feeds/rss-feed';
import { sitemap } from '../../../delivery/feeds/sitemap';

const TOPIC_SLUG = /^[a-z0-9-]{1,160}$/;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** This server's public address of a path, for the self links feeds and sitemaps carry. */
  const ownUrl = (ctx: Context, path: string) => new URL(path, (strapi.config.get('server.url') as string) || ctx.origin).toString();

  return {
    /** GET /feed.xml?topic= — the latest articles as RSS 2.0, all or one topic's. */
    async rss(ctx: Context) {
      const topic = ctx.query.topic;
      if (topic !== undefined && (typeof topic !== 'string' || !TOPIC_SLUG.test(topic))) {
        throw new errors.ValidationError('"topic" must be a topic slug.');
      }
      // originalUrl: the address the reader asked for, not the route's own under /api.
      const feed = await rssFeed(strapi, ownUrl(ctx, ctx.originalUrl), topic);
      // Type set after the body is built: an error on the way must still answer as JSON.
      ctx.type = 'application/rss+xml; charset=utf-8';
      ctx.body = feed;
    },

    /** GET /sitemap.xml?page= — every public page, or an index of sitemap pages for large sites. */
    async sitemap(ctx: Context) {
      const page = ctx.query.page === undefined ? undefined : Number(ctx.query.page);
      const xml = await sitemap(strapi, ownUrl(ctx, '/sitemap.xml'), page);
      ctx.type = 'application/xml; charset=utf-8';
      ctx.body = xml;
    },

    /** GET /robots.txt — crawler rules, pointing at the sitemap. */
    async robots(ctx: Context) {
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = robotsTxt(ownUrl(ctx, '/sitemap.xml'));
    },
  };
};
