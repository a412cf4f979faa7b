import { absoluteUrl, pagePath } from '../../content-model/page-paths';
import { compact } from './json-ld-article';
import type { Site } from './site';

type ConditionPage = { name: string; slug: string; summary?: string | null; alsoKnownAs?: Array<{ name: string }> };
export type ClinicPage = {
  name: string;
  slug: string;
  summary?: string | null;
  latitude: number;
  longitude: number;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  bookingUrl?: string | null;
  address?: { street: string; city: string; region?: string | null; postalCode: string; country: string } | null;
  openingHours?: Array<{ day: string; opens: string; closes: string }>;
  services?: Array<{ name: string; description?: string | null }>;
};

const capitalised = (day: string) => `${day.charAt(0).toUpperCase()}${day.slice(1)}`;

export const conditionJsonLd = (condition: ConditionPage, site: Site) =>
  compact({
    '@context': 'https://schema.org',
    '@type': 'MedicalCondition',
    name: condition.name,
    alternateName: (condition.alsoKnownAs ?? []).map((alias) => alias.name),
    description: condition.summary,
    url: absoluteUrl(site.url, pagePath('api::condition.condition', condition.slug) as string),
  });

/** A clinic as MedicalClinic (a LocalBusiness): address, coordinates, hours, services, booking. */
export const clinicJsonLd = (clinic: ClinicPage, site: Site) =>
  compact({
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    name: clinic.name,
    description: clinic.summary,
    url: clinic.website ?? absoluteUrl(site.url, pagePath('api::clinic-location.clinic-location', clinic.slug) as string),
    telephone: clinic.phone,
    email: clinic.email,
    address: clinic.address
      ? compact({
          '@type': 'PostalAddress',
          streetAddress: clinic.address.street,
          addressLocality: clinic.address.city,
          addressRegion: clinic.address.region,
          postalCode: clinic.address.postalCode,
          addressCountry: clinic.address.country,
        })
      : undefined,
    geo: { '@type': 'GeoCoordinates', latitude: clinic.latitude, longitude: clinic.longitude },
    openingHoursSpecification: (clinic.openingHours ?? []).map((hours) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: `https://schema.org/${capitalised(hours.day)}`,
      opens: hours.opens,
      closes: hours.closes,
    })),
    availableService: (clinic.services ?? []).map((service) =>
      compact({ '@type': 'MedicalTherapy', name: service.name, description: service.description })
    ),
    potentialAction: clinic.bookingUrl ? { '@type': 'ReserveAction', target: clinic.bookingUrl } : undefined,
  });
