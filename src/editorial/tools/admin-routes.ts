import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ForbiddenWithMessage } from '../../platform/errors/forbidden-with-message';
import { importArticle } from '../import/import-article';
import { loadTaxonomyIndex } from '../import/taxonomy-index';
import { qualityReport } from '../quality/quality-report';
import { ARTICLE } from '../../content-model/registry';

type Ability = { can: (action: string, subject?: string) => boolean };
type AdminContext = {
  state: { userAbility?: Ability; user?: { id: number } };
  query: Record<string, unknown>;
  request: { body?: Record<string, unknown> };
  body?: unknown;
  status?: number;
};

const MAX_PASTED_CHARACTERS = 500_000;

const requirePermission = (ctx: AdminContext, action: string) => {
  if (!ctx.state.userAbility?.can(`plugin::content-manager.explorer.${action}`, ARTICLE)) {
    throw new ForbiddenWithMessage(`You need permission to ${action} articles for this.`);
  }
};

/** Editors' tools behind the admin login: the quality report, and importing one pasted article. */
export const registerEditorialToolRoutes = (strapi: Core.Strapi) => {
  strapi.server.routes({
    type: 'admin',
    prefix: '/editorial',
    routes: [
      {
        method: 'GET',
        path: '/quality',
        handler: async (ctx: AdminContext) => {
          requirePermission(ctx, 'read');
          const ids = typeof ctx.query.documentId === 'string' ? [ctx.query.documentId] : undefined;
          ctx.body = { data: await qualityReport(strapi, { documentIds: ids }) };
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        info: { type: 'admin' },
      },
      {
        method: 'POST',
        path: '/import',
        handler: async (ctx: AdminContext) => {
          requirePermission(ctx, 'create');
          const { fileName, content, sourceKey } = ctx.request.body ?? {};
          if (typeof content !== 'string' || content.trim() === '')
            throw new errors.ValidationError('"content" must be the text of one article.');
          if (content.length > MAX_PASTED_CHARACTERS)
            throw new errors.ValidationError(`"content" is longer than ${MAX_PASTED_CHARACTERS} characters.`);
          const name = typeof fileName === 'string' && fileName ? fileName : 'pasted.md';
          const key = typeof sourceKey === 'string' && sourceKey ? sourceKey : `pasted:${name.toLowerCase()}`;
          let result;
          try {
            result = await importArticle(strapi, { fileName: name, content, sourceKey: key }, await loadTaxonomyIndex(strapi));
          } catch (error) {
            // The parser's refusals (unsupported type, nothing left after cleaning) are the caller's to fix.
            if (error instanceof errors.ApplicationError) throw error;
            throw new errors.ValidationError((error as Error).message);
          }
          ctx.status = result.status === 'created' ? 201 : 200;
          ctx.body = { data: result };
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        info: { type: 'admin' },
      },
    ],
  });
};
