import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::condition.condition', {
  config: { findOne: { middlewares: ['api::condition.condition-populate'] } },
});
