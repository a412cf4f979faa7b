import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CLINIC_PAGE_POPULATE } from '../content-model/page-populate';
import { documentsOf } from '../content-model/documents';
import type { ClinicPage } from './seo/json-ld-places';

const CLINIC = 'api::clinic-location.clinic-location';
const EARTH_RADIUS_KM = 6371.0088;
const MAX_RADIUS_KM = 500;
const DEFAULT_RADIUS_KM = 25;

export type NearbyQuery = { lat: number; lng: number; radiusKm: number; service?: string };

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance (haversine) in kilometres. */
export const distanceKm = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) => {
  const dLat = radians(b.lat - a.lat);
  const dLng = radians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
};

const coordinate = (value: unknown, name: string, limit: number) => {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(number) || Math.abs(number) > limit) {
    throw new errors.ValidationError(`"${name}" must be a number from -${limit} to ${limit}.`);
  }
  return number;
};

/** lat, lng, radiusKm and service from a query string, or a 400 that says which is wrong. */
export const readNearbyQuery = (query: Record<string, unknown>): NearbyQuery => {
  const radius = query.radiusKm === undefined || query.radiusKm === '' ? DEFAULT_RADIUS_KM : Number(query.radiusKm);
  if (!Number.isFinite(radius) || radius <= 0 || radius > MAX_RADIUS_KM) {
    throw new errors.ValidationError(`"radiusKm" must be a number above 0 and at most ${MAX_RADIUS_KM}.`);
  }
  if (query.service !== undefined && (typeof query.service !== 'string' || query.service.length > 120)) {
    throw new errors.ValidationError('"service" must be a service name.');
  }
  return {
    lat: coordinate(query.lat, 'lat', 90),
    lng: coordinate(query.lng, 'lng', 180),
    radiusKm: radius,
    service: query.service as string | undefined,
  };
};

/**
 * Published clinics within the radius, nearest first, each with its distance. A bounding box
 * narrows the rows in the database; the exact great-circle distance decides.
 */
export const nearbyClinics = async (strapi: Core.Strapi, { lat, lng, radiusKm, service }: NearbyQuery) => {
  const latDelta = radiusKm / 111.2;
  const lngDelta = radiusKm / (111.2 * Math.max(Math.cos(radians(lat)), 0.01));
  const crossesAntimeridian = lng - lngDelta < -180 || lng + lngDelta > 180;
  const filters = {
    latitude: { $gte: lat - latDelta, $lte: lat + latDelta },
    ...(crossesAntimeridian ? {} : { longitude: { $gte: lng - lngDelta, $lte: lng + lngDelta } }),
    ...(service ? { services: { name: { $eqi: service } } } : {}),
  };
  const clinics = await documentsOf(strapi, CLINIC).findMany<ClinicPage & { latitude: number; longitude: number }>({
    status: 'published',
    filters,
    populate: CLINIC_PAGE_POPULATE,
    limit: 1000,
  });

  return clinics
    .map((clinic) => ({
      ...clinic,
      distanceKm: Math.round(distanceKm({ lat, lng }, { lat: clinic.latitude, lng: clinic.longitude }) * 100) / 100,
    }))
    .filter((clinic) => clinic.distanceKm <= radiusKm)
    .sort((a, b) => a.distanceKm - b.distanceKm);
};
