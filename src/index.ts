import type { Core } from '@strapi/strapi';
import { publishedOnlyForPublic } from './platform/access/published-only-for-public';
import { surviveUnawaitedConnectionErrors } from './platform/database-outage/unawaited-connection-errors';
import { batchRelationLoads } from './delivery/graphql/batch-relation-loads';
import { deliveryQueries } from './delivery/graphql/delivery-queries';
import { refuseBrokenFragments } from './delivery/graphql/refuse-broken-fragments';
import { applyEditViews } from './editorial/edit-views/apply-edit-views';
import { guardPublishedDeletes } from './editorial/published-delete-guard';
import { requireMedicalReview } from './editorial/review/require-medical-review';
import { protectSignOffs } from './editorial/review/protect-sign-offs';
import { keepReviewDatesCurrent } from './editorial/review/keep-review-dates-current';
import { refreshReviewDueDates } from './editorial/review/refresh-due-dates';
import { ensureEditorialRoles } from './editorial/roles';
import { registerEditorialToolRoutes } from './editorial/tools/admin-routes';
import { answerClientErrorsInJson } from './platform/errors/json-client-errors';
import { registerSitePages } from './delivery/site-pages';
import { grantPublicReadAccess } from './platform/access/public-read-access';
import { seedDefaultClaimRules, validateClaimPatterns } from './editorial/quality/claim-rules';
import { refuseUnrunnableQueries } from './content-model/query-validation/refuse-unrunnable-queries';
import { keepReadingTimeCurrent } from './editorial/reading-time/keep-reading-time-current';
import { startResponseCache, stopResponseCache } from './delivery/caching';
import { startScheduledPublishing } from './editorial/scheduling/publish-due-articles';
import { rebuildSearchIndexIfStale } from './editorial/search-index/search-index';
import { rebuildReadModelIfStale } from './delivery/read-model/rebuild-read-model';
import { refreshPagesShowingChangedFiles } from './delivery/read-model/media-writes';
import { seedDemoContentIfEmpty } from './operations/seed/seed-demo-content';
import { assertProductionSecrets } from './platform/security/production-secrets';
import { assignSlugs } from './editorial/slugs/assign-slugs';
import { publishPipeline } from './editorial/publishing/publish-pipeline';
import { dropCachedAnswersOnOtherWrites } from './editorial/publishing/other-writes';
import { DOCUMENT_VERSION, recordHistory } from './editorial/history/record-history';
import { AUDIT_ENTRY } from './editorial/audit/audit-log';
import { auditAccessChanges } from './editorial/audit/audit-events';
import { makeAuditLogAppendOnly } from './editorial/audit/append-only';
import { refuseWritesToRecords } from './editorial/audit/server-kept-records';
import { REDIRECT } from './content-model/redirect-paths';
import { enforceRedirectRules } from './editorial/redirects/redirect-rules';
import { recordMovedPages } from './editorial/redirects/record-moved-pages';
import { actingAs } from './platform/actors/current-actor';

/** What every start sets up, in order, before the app serves requests. */
const setUp = async (strapi: Core.Strapi) => {
  await startResponseCache(strapi);
  dropCachedAnswersOnOtherWrites(strapi);
  refreshPagesShowingChangedFiles(strapi);
  batchRelationLoads(strapi);
  refuseBrokenFragments(strapi);
  await grantPublicReadAccess(strapi);
  await ensureEditorialRoles(strapi);
  await applyEditViews(strapi);
  await seedDefaultClaimRules(strapi);
  await seedDemoContentIfEmpty(strapi);
  await refreshReviewDueDates(strapi);
  await rebuildSearchIndexIfStale(strapi);
  await rebuildReadModelIfStale(strapi);
};

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    assertProductionSecrets(strapi);
    surviveUnawaitedConnectionErrors(strapi);
    // Outermost first: access rules and guards refuse before anything is shaped or written.
    strapi.documents.use(publishedOnlyForPublic(strapi));
    strapi.documents.use(refuseUnrunnableQueries(strapi));
    strapi.documents.use(refuseWritesToRecords);
    strapi.documents.use(guardPublishedDeletes(strapi));
    strapi.documents.use(protectSignOffs(strapi));
    strapi.documents.use(requireMedicalReview(strapi));
    // Then what a document must be before it is written.
    strapi.documents.use(assignSlugs(strapi));
    strapi.documents.use(keepReadingTimeCurrent);
    strapi.documents.use(keepReviewDatesCurrent(strapi));
    strapi.documents.use(validateClaimPatterns);
    // Innermost, around the write itself: cache, search index and front-end, in one ordered list.
    strapi.documents.use(publishPipeline(strapi));
    // Inside the pipeline's transaction: what a write leaves behind is written with it or not at all.
    strapi.documents.use(recordMovedPages(strapi));
    strapi.documents.use(enforceRedirectRules(strapi));
    strapi.documents.use(recordHistory(strapi));
    const graphqlExtension = strapi.plugin('graphql').service('extension');
    graphqlExtension.use(() => deliveryQueries(strapi));
    // The review cycle's own bookkeeping: no query, type or mutation in the public schema.
    graphqlExtension.shadowCRUD('api::review-notice.review-notice').disable();
    // History and the audit log are the panel's; redirects are served as REST and HTTP redirects.
    for (const uid of [DOCUMENT_VERSION, AUDIT_ENTRY, REDIRECT]) graphqlExtension.shadowCRUD(uid).disable();
    registerSitePages(strapi);
    answerClientErrorsInJson(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await makeAuditLogAppendOnly(strapi);
    auditAccessChanges(strapi);
    // Roles, edit views and rules the server sets at start are recorded as the start-up's.
    await actingAs('startup', () => setUp(strapi));
    registerEditorialToolRoutes(strapi);
    // Not awaited: the catch-up pass must not hold up start-up.
    void startScheduledPublishing(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await stopResponseCache(strapi);
  },
};
