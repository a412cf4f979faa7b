import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { readSearchQuery } from '../../../delivery/search/search-query';
import { siteSearch } from '../../../delivery/search/site-search';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/search?q=&type=&page=&pageSize= — ranked matches with highlighted snippets. */
  async find(ctx: Context) {
    ctx.body = await siteSearch(strapi, readSearchQuery(ctx.query));
  },
});
