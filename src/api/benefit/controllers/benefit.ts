import { factories } from '@strapi/strapi';
import { taxonomyFindBySlug } from '../../../delivery/taxonomy-controller';

export default factories.createCoreController('api::benefit.benefit', ({ strapi }) => ({
  /** GET /api/benefits/slug/:slug?page=&pageSize= */
  findBySlug: taxonomyFindBySlug(strapi, 'api::benefit.benefit'),
}));
