import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::benefit.benefit', {
  config: { findOne: { middlewares: ['api::benefit.benefit-populate'] } },
});
