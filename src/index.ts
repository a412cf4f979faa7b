import type { Core } from '@strapi/strapi';
import { publishedOnlyForPublic } from './access/published-only-for-public';
import { surviveUnawaitedConnectionErrors } from './database-outage/unawaited-connection-errors';
import { batchRelationLoads } from './graphql/batch-relation-loads';
import { deliveryQueries } from './graphql/delivery-queries';
import { refuseBrokenFragments } from './graphql/refuse-broken-fragments';
import { lockComputedFieldsInEditView } from './editorial/computed-fields-layout';
import { guardPublishedDeletes } from './editorial/published-delete-guard';
import { requireMedicalReview } from './editorial/require-medical-review';
import { ensureEditorialRoles } from './editorial/roles';
import { registerEditorialToolRoutes } from './editorial-tools/admin-routes';
import { answerClientErrorsInJson } from './errors/json-client-errors';
import { registerSitePages } from './example-site/site-pages';
import { registerFeedRoutes } from './feeds/feed-routes';
import { grantPublicReadAccess } from './permissions/public-read-access';
import { seedDefaultClaimRules, validateClaimPatterns } from './quality/claim-rules';
import { refuseUnrunnableQueries } from './query-validation/refuse-unrunnable-queries';
import { keepReadingTimeCurrent } from './reading-time/keep-reading-time-current';
import { invalidateOnPublicChanges, startResponseCache, stopResponseCache } from './response-cache';
import { notifyFrontEnd } from './revalidation/notify-front-end';
import { startScheduledPublishing } from './scheduling/publish-due-articles';
import { keepSearchIndexCurrent } from './search/keep-search-index-current';
import { rebuildSearchIndexIfStale } from './search/search-index';
import { seedDemoContentIfEmpty } from './seed/seed-demo-content';
import { assertProductionSecrets } from './security/production-secrets';
import { assignSlugs } from './slugs/assign-slugs';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    assertProductionSecrets(strapi);
    surviveUnawaitedConnectionErrors(strapi);
    // Outermost first: access rules and guards refuse before anything is shaped or written,
    // and the front-end is told only about writes that went through.
    strapi.documents.use(publishedOnlyForPublic(strapi));
    strapi.documents.use(refuseUnrunnableQueries(strapi));
    strapi.documents.use(guardPublishedDeletes(strapi));
    strapi.documents.use(requireMedicalReview(strapi));
    // Outside the writers below, so its second pass sees their work (the search index) done.
    strapi.documents.use(invalidateOnPublicChanges(strapi));
    strapi.documents.use(assignSlugs(strapi));
    strapi.documents.use(keepReadingTimeCurrent);
    strapi.documents.use(validateClaimPatterns);
    // Outside the search index's transaction: the front-end is told after the commit.
    strapi.documents.use(notifyFrontEnd(strapi));
    strapi.documents.use(keepSearchIndexCurrent(strapi));
    strapi.plugin('graphql').service('extension').use(() => deliveryQueries(strapi));
    registerSitePages(strapi);
    answerClientErrorsInJson(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await startResponseCache(strapi);
    batchRelationLoads(strapi);
    refuseBrokenFragments(strapi);
    await grantPublicReadAccess(strapi);
    await ensureEditorialRoles(strapi);
    await lockComputedFieldsInEditView(strapi);
    await seedDefaultClaimRules(strapi);
    await seedDemoContentIfEmpty(strapi);
    await rebuildSearchIndexIfStale(strapi);
    registerEditorialToolRoutes(strapi);
    registerFeedRoutes(strapi);
    // Not awaited: the catch-up pass must not hold up start-up.
    void startScheduledPublishing(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await stopResponseCache(strapi);
  },
};
