import { factories } from '@strapi/strapi';
import { nearbyClinics, readNearbyQuery } from '../../../delivery/nearby-clinics';
import { sanitizedForPublic } from '../../../delivery/published';
import { answerJson, storedPage } from '../../../delivery/read-model/read-pages';
import { clinicJsonLd } from '../../../delivery/seo/json-ld-places';
import { siteOf } from '../../../delivery/seo/site';

const CLINIC = 'api::clinic-location.clinic-location';

export default factories.createCoreController(CLINIC, ({ strapi }) => ({
  /** GET /api/clinic-locations/nearby?lat=&lng=&radiusKm=&service= — nearest first, with distances. */
  async nearby(ctx) {
    const query = readNearbyQuery(ctx.query);
    const clinics = await nearbyClinics(strapi, query);
    const site = siteOf(strapi);
    const data = (await sanitizedForPublic(strapi, CLINIC, clinics, ctx.state.auth)) as Array<Record<string, unknown>>;
    ctx.body = {
      data: data.map((clinic, index) => ({
        ...clinic,
        distanceKm: clinics[index].distanceKm,
        jsonLd: clinicJsonLd(clinics[index], site),
      })),
      meta: { origin: { lat: query.lat, lng: query.lng }, radiusKm: query.radiusKm, service: query.service ?? null, count: clinics.length },
    };
  },

  /** GET /api/clinic-locations/slug/:slug — one clinic with hours, services and JSON-LD. */
  async findBySlug(ctx) {
    const { page, jsonLd } = await storedPage(strapi, CLINIC, ctx.params.slug);
    answerJson(ctx, `{"data":${page},"meta":{"jsonLd":${jsonLd}}}`);
  },
}));
