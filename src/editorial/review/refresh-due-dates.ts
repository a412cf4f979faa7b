import type { Core } from '@strapi/strapi';
import type { MedicalReview } from './medical-review';
import { reviewDatesOf, reviewPolicyOf } from '../../content-model/review-cycle';
import { ARTICLE } from '../../content-model/registry';
import { responseCacheOf } from '../../delivery/caching/response-cache';
import { rebuildReadModel } from '../../delivery/read-model/rebuild-read-model';

const STORE = { type: 'plugin', name: 'wellness-cms', key: 'review-due-dates' };

type Row = {
  id: number;
  reviewIntervalMonths: number | null;
  lastReviewedOn: string | null;
  nextReviewDue: string | null;
  medicalReview: MedicalReview | null;
};

/**
 * The due dates are written with each save, so a new MEDICAL_REVIEW_MAX_AGE_MONTHS (or a
 * database from before the dates were columns) needs them worked out again: once, at the first
 * start with that policy, for drafts and published copies alike.
 */
export const refreshReviewDueDates = async (strapi: Core.Strapi) => {
  const policy = reviewPolicyOf(strapi);
  if ((await strapi.store.get(STORE)) === policy.maxAgeMonths) return;

  const rows: Row[] = await strapi.db.query(ARTICLE).findMany({
    select: ['id', 'reviewIntervalMonths', 'lastReviewedOn', 'nextReviewDue'],
    populate: { medicalReview: true },
  });
  let changed = 0;
  for (const row of rows) {
    const dates = reviewDatesOf(row, policy);
    if (dates.lastReviewedOn === row.lastReviewedOn && dates.nextReviewDue === row.nextReviewDue) continue;
    await strapi.db.query(ARTICLE).update({ where: { id: row.id }, data: dates });
    changed += 1;
  }
  await strapi.store.set({ ...STORE, value: policy.maxAgeMonths });
  if (changed > 0) {
    strapi.log.info(`Review due dates worked out again for ${changed} article rows (review cycle: ${policy.maxAgeMonths} months).`);
    // The dates were written around the Document Service: the pages that show them are rendered again.
    await rebuildReadModel(strapi);
    const cache = responseCacheOf(strapi);
    if (cache.enabled) await cache.invalidate([ARTICLE], { announce: true });
  }
};
