import type { Core, Modules } from '@strapi/strapi';
import { missingForPublication, publicationRefusal, type ReviewableArticle } from './medical-review';
import { reviewPolicyOf } from '../../content-model/review-cycle';
import { ARTICLE } from '../../content-model/registry';
import { fieldError } from '../../platform/errors/field-error';

// Read through the query engine, not the Document Service, so that the check neither re-enters
// the middleware chain nor depends on who is asking.
const findDraft = (strapi: Core.Strapi, documentId: string): Promise<ReviewableArticle | null> =>
  strapi.db.query(ARTICLE).findOne({
    where: { documentId, publishedAt: null },
    populate: { medicalReview: true, sources: true, faq: true },
  });

const refuseIfIncomplete = (strapi: Core.Strapi, article: ReviewableArticle | null | undefined) => {
  if (!article) return;
  const missing = missingForPublication(article, new Date(), reviewPolicyOf(strapi));
  if (missing.length > 0) {
    const message = publicationRefusal(missing);
    throw fieldError('medicalReview', message);
  }
};

/**
 * The publish guard lives here, under every way of publishing (admin panel, bulk publish,
 * REST/GraphQL with status=published, the scheduler, scripts), so none of them can skip it.
 */
export const requireMedicalReview =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid !== ARTICLE) return next();
    const params = context.params as { documentId?: string; status?: string; data?: ReviewableArticle };

    if (context.action === 'publish' && params.documentId) {
      refuseIfIncomplete(strapi, await findDraft(strapi, params.documentId));
    }

    if ((context.action === 'create' || context.action === 'update') && params.status === 'published' && params.data) {
      let article: ReviewableArticle = params.data;
      if (context.action === 'update' && params.documentId) {
        article = { ...(await findDraft(strapi, params.documentId)), ...params.data };
      }
      refuseIfIncomplete(strapi, article);
    }
    return next();
  };
