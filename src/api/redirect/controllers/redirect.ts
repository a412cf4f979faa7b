import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { allRedirects } from '../../../delivery/redirects';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/redirects — every redirect, old page path to new, for a front-end's build-time redirect map. */
  async list(ctx: Context) {
    ctx.body = { data: await allRedirects(strapi) };
  },
});
