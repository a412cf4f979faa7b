import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { readSearchQuery } from '../../../delivery/search/search-query';
import { siteSearch } from '../../../delivery/search/site-search';
import { SearchBusyError } from '../../../delivery/search/search-turns';
import { answerServiceUnavailable } from '../../../platform/errors/service-unavailable';

// A search's turn comes within milliseconds once the burst that filled the queue has passed.
const RETRY_AFTER_SECONDS = 1;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/search?q=&type=&page=&pageSize= — ranked matches with highlighted snippets. */
  async find(ctx: Context) {
    const query = readSearchQuery(ctx.query);
    try {
      ctx.body = await siteSearch(strapi, query);
    } catch (error) {
      if (!(error instanceof SearchBusyError)) throw error;
      answerServiceUnavailable(ctx, RETRY_AFTER_SECONDS, { name: error.name, message: error.message, details: error.details });
    }
  },
});
