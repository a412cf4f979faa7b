import { factories } from '@strapi/strapi';
import { taxonomyFindBySlug } from '../../../delivery/taxonomy-controller';

export default factories.createCoreController('api::topic.topic', ({ strapi }) => ({
  /** GET /api/topics/slug/:slug?page=&pageSize= */
  findBySlug: taxonomyFindBySlug(strapi, 'api::topic.topic'),
}));
