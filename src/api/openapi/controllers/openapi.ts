import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { openApiDocument } from '../../../delivery/openapi/openapi-document';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  // The models cannot change while the app runs: build the document once.
  let document: ReturnType<typeof openApiDocument> | undefined;
  return {
    /** GET /api/openapi.json — the contract front-ends and our own tests check responses against. */
    async document(ctx: Context) {
      document ??= openApiDocument(strapi);
      ctx.body = document;
    },
  };
};
