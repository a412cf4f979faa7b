import type { Core } from '@strapi/strapi';
import { publishedOnlyForPublic } from './access/published-only-for-public';
import { grantPublicReadAccess } from './permissions/public-read-access';
import { keepReadingTimeCurrent } from './reading-time/keep-reading-time-current';
import { seedDemoContentIfEmpty } from './seed/seed-demo-content';
import { assertProductionSecrets } from './security/production-secrets';
import { assignSlugs } from './slugs/assign-slugs';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    assertProductionSecrets(strapi);
    strapi.documents.use(publishedOnlyForPublic(strapi));
    strapi.documents.use(assignSlugs(strapi));
    strapi.documents.use(keepReadingTimeCurrent);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await grantPublicReadAccess(strapi);
    await seedDemoContentIfEmpty(strapi);
  },
};
