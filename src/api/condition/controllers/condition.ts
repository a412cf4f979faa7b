import { factories } from '@strapi/strapi';
import { taxonomyFindBySlug } from '../../../delivery/taxonomy-controller';
import { conditionJsonLd } from '../../../delivery/seo/json-ld-places';

export default factories.createCoreController('api::condition.condition', ({ strapi }) => ({
  /** GET /api/conditions/slug/:slug?page=&pageSize= */
  findBySlug: taxonomyFindBySlug(strapi, 'api::condition.condition', 'conditions', conditionJsonLd),
}));
