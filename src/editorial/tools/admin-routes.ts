import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ForbiddenWithMessage } from '../../platform/errors/forbidden-with-message';
import { editorialRoute, type AdminContext } from './editorial-route';
import { importArticle } from '../import/import-article';
import { loadTaxonomyIndex } from '../import/taxonomy-index';
import { importWordPressRoute } from '../import/wordpress/wordpress-import-route';
import { qualityReport } from '../quality/quality-report';
import { checkArticle, type ArticleCheck } from '../quality/article-check';
import { workList } from './work-list';
import { historyRoutes } from '../history/history-routes';
import { auditRoutes } from '../audit/audit-routes';
import { isMedicalReviewer } from '../roles';
import { SignedVersionChanged, signOffArticle } from '../review/sign-off';

const MAX_PASTED_CHARACTERS = 500_000;

const SIGNATURE = /^[0-9a-f]{64}$/;

// Whether the panel offers this user the sign-off button.
const withSignOffRight = (check: ArticleCheck, ctx: AdminContext) => ({
  ...check,
  review: { ...check.review, canSignOff: isMedicalReviewer(ctx.state.user) },
});

const signOff = async (strapi: Core.Strapi, ctx: AdminContext) => {
  const { user } = ctx.state;
  if (!user || !isMedicalReviewer(user)) throw new ForbiddenWithMessage('Only medical reviewers can sign off articles.');
  const signature = ctx.request.body?.signature;
  if (typeof signature !== 'string' || !SIGNATURE.test(signature)) {
    throw new errors.ValidationError('"signature" must be the fingerprint of the version you read, as the review panel gives it.');
  }
  try {
    const review = await signOffArticle(strapi, ctx.params?.documentId ?? '', user, signature);
    const { reviewerName, credentials, registration, reviewedOn, signedOffAt } = review;
    ctx.body = { data: { reviewerName, credentials, registration, reviewedOn, signedOffAt } };
  } catch (error) {
    if (error instanceof SignedVersionChanged) ctx.throw(409, error.message);
    throw error;
  }
};

const importPasted = async (strapi: Core.Strapi, ctx: AdminContext) => {
  const { fileName, content, sourceKey } = ctx.request.body ?? {};
  if (typeof content !== 'string' || content.trim() === '') throw new errors.ValidationError('"content" must be the text of one article.');
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
};

/**
 * Editors' tools behind the admin login: the quality report, one article's check (the panel
 * beside the edit view), a medical reviewer's sign-off, what needs doing (the homepage widget),
 * importing one pasted article or a WordPress export, each document's history and the audit log.
 */
export const registerEditorialToolRoutes = (strapi: Core.Strapi) => {
  strapi.server.routes({
    type: 'admin',
    prefix: '/editorial',
    routes: [
      editorialRoute('GET', '/quality', 'read', async (ctx) => {
        const ids = typeof ctx.query.documentId === 'string' ? [ctx.query.documentId] : undefined;
        ctx.body = { data: await qualityReport(strapi, { documentIds: ids }) };
      }),
      editorialRoute('GET', '/articles/:documentId/check', 'read', async (ctx) => {
        const check = await checkArticle(strapi, ctx.params?.documentId ?? '');
        if (!check) throw new errors.NotFoundError('No article has this documentId.');
        ctx.body = { data: withSignOffRight(check, ctx) };
      }),
      // The same check on the edit view's unsaved values, laid over the saved draft: nothing is written.
      editorialRoute('POST', '/articles/:documentId/check', 'read', async (ctx) => {
        const check = await checkArticle(strapi, ctx.params?.documentId ?? '', ctx.request.body?.data ?? {});
        if (!check) throw new errors.NotFoundError('No article has this documentId.');
        ctx.body = { data: withSignOffRight(check, ctx) };
      }),
      // Checked by role, not by a Content Manager permission: only a medical reviewer signs off.
      editorialRoute('POST', '/articles/:documentId/sign-off', 'read', (ctx) => signOff(strapi, ctx)),
      editorialRoute('GET', '/work', 'read', async (ctx) => {
        ctx.body = { data: await workList(strapi) };
      }),
      editorialRoute('POST', '/import', 'create', (ctx) => importPasted(strapi, ctx)),
      editorialRoute('POST', '/import/wordpress', 'create', (ctx) => importWordPressRoute(strapi, ctx)),
      ...historyRoutes(strapi),
      ...auditRoutes(strapi),
    ],
  });
};
