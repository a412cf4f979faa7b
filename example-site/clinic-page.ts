import type { ClinicPage, WellnessClient } from '../client/index.js';
import { addressBlock, bookingLink, openingHoursTable } from './clinic-parts.js';
import { pageHeader, section } from './components.js';
import { el, safeHref, showInMain, type Child } from './dom.js';
import { setJsonLd, setPageMeta } from './head.js';

const mapLink = ({ latitude, longitude, name }: ClinicPage) =>
  el(
    'a',
    {
      href: `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=16/${latitude}/${longitude}`,
      rel: 'noopener noreferrer',
    },
    `${name} on OpenStreetMap`
  );

const contact = (clinic: ClinicPage) =>
  el(
    'dl',
    { class: 'contact' },
    clinic.phone ? [el('dt', {}, 'Phone'), el('dd', {}, el('a', { href: `tel:${clinic.phone.replace(/\s+/g, '')}` }, clinic.phone))] : null,
    clinic.email ? [el('dt', {}, 'Email'), el('dd', {}, el('a', { href: `mailto:${clinic.email}` }, clinic.email))] : null,
    safeHref(clinic.website)
      ? [
          el('dt', {}, 'Website'),
          el('dd', {}, el('a', { href: safeHref(clinic.website), rel: 'noopener' }, clinic.website?.replace(/^https?:\/\//, ''))),
        ]
      : null
  );

/** A clinic as its page shows it; the same view serves previews. */
export const clinicView = (clinic: ClinicPage, banner?: Child) =>
  el(
    'div',
    { class: 'container', 'data-page': 'clinic' },
    banner,
    pageHeader({
      eyebrow: ['Clinic', clinic.address?.city ? ` · ${clinic.address.city}` : ''],
      title: clinic.name,
      lede: clinic.summary,
      extra: el('p', { class: 'hero__actions' }, bookingLink(clinic)),
    }),
    el(
      'div',
      { class: 'clinic-layout' },
      el(
        'div',
        {},
        (clinic.services ?? []).length > 0
          ? section(
              'Treatments',
              'services-heading',
              el(
                'ul',
                { class: 'services' },
                clinic.services.map((service) =>
                  el(
                    'li',
                    { class: 'service' },
                    el(
                      'h3',
                      {},
                      service.name,
                      service.durationMinutes ? el('span', { class: 'service__duration' }, `${service.durationMinutes} min`) : null
                    ),
                    service.description ? el('p', {}, service.description) : null
                  )
                )
              )
            )
          : null
      ),
      el(
        'aside',
        { class: 'clinic-aside', 'aria-label': 'Visiting' },
        el(
          'div',
          { class: 'aside-block' },
          el('h2', {}, 'Find us'),
          addressBlock(clinic.address),
          el('p', {}, mapLink(clinic)),
          contact(clinic)
        ),
        el('div', { class: 'aside-block' }, openingHoursTable(clinic.openingHours ?? []))
      )
    )
  );

export const renderClinicPage = async (client: WellnessClient, slug: string) => {
  const { data: clinic, meta } = await client.clinic(slug);
  setPageMeta({ title: clinic.name, description: clinic.summary ?? `${clinic.name}: opening hours, treatments and online booking.` });
  setJsonLd(meta.jsonLd);
  showInMain(clinicView(clinic));
};
