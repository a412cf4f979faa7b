import { factories } from '@strapi/strapi';
import { taxonomyFindBySlug } from '../../../delivery/taxonomy-controller';

export default factories.createCoreController('api::condition.condition', ({ strapi }) => ({
  /** GET /api/conditions/slug/:slug?page=&pageSize= */
  findBySlug: taxonomyFindBySlug(strapi, 'api::condition.condition'),
}));
