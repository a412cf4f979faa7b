import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::clinic-location.clinic-location');
