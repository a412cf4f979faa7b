import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::clinic-location.clinic-location', {
  config: {
    find: { middlewares: ['api::clinic-location.clinic-location-populate'] },
    findOne: { middlewares: ['api::clinic-location.clinic-location-populate'] },
  },
});
