import type { Core, Modules } from '@strapi/strapi';
import type { MedicalReview } from './medical-review';
import { reviewDatesOf, reviewPolicyOf } from '../../content-model/review-cycle';
import { ARTICLE } from '../../content-model/registry';

const WRITE_ACTIONS = new Set(['create', 'update', 'clone']);

type ReviewInput = { medicalReview?: MedicalReview | null; reviewIntervalMonths?: number | null };

/**
 * The article's last review and next-review-due dates are columns (so the list view can show
 * them and the scheduler can find lapsed reviews with an index), derived from the medical
 * review and the article's cycle on every save, never taken from the input.
 */
export const keepReviewDatesCurrent =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const params = context.params as { documentId?: string; data?: Record<string, unknown> };
    const { data } = params;
    if (context.uid !== ARTICLE || !WRITE_ACTIONS.has(context.action) || !data) return next();
    delete data.lastReviewedOn;
    delete data.nextReviewDue;
    const changesReview = 'medicalReview' in data || 'reviewIntervalMonths' in data;
    if (context.action === 'create' || changesReview) {
      const stored: ReviewInput | null =
        context.action !== 'create' && params.documentId
          ? await strapi.db.query(ARTICLE).findOne({
              where: { documentId: params.documentId, publishedAt: null },
              select: ['reviewIntervalMonths'],
              populate: { medicalReview: true },
            })
          : null;
      Object.assign(data, reviewDatesOf({ ...stored, ...(data as ReviewInput) }, reviewPolicyOf(strapi)));
    }
    return next();
  };
