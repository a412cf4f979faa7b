import type { Address, Clinic, ClinicService, OpeningHours, Weekday } from '../client/index.js';
import { el, safeHref } from './dom.js';
import { badge } from './components.js';
import { formatDistance } from './format.js';

const WEEK: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const capitalised = (day: string) => day.charAt(0).toUpperCase() + day.slice(1);
const today = (): Weekday => WEEK[(new Date().getDay() + 6) % 7];

export const clinicPath = (slug: string) => `/clinics/${encodeURIComponent(slug)}`;

export const addressBlock = (address: Address | null) =>
  address
    ? el(
        'address',
        { class: 'address' },
        [address.street, [address.city, address.postalCode].join(' '), address.region]
          .filter(Boolean)
          .flatMap((line, index) => (index === 0 ? [line] : [el('br'), line]))
      )
    : null;

/** The week's hours, Monday first, with closed days said and today marked. */
export const openingHoursTable = (hours: OpeningHours[], caption = 'Opening hours') =>
  el(
    'table',
    { class: 'hours' },
    el('caption', {}, caption),
    el(
      'tbody',
      {},
      WEEK.map((day) => {
        const slots = hours.filter((slot) => slot.day === day);
        const isToday = day === today();
        return el(
          'tr',
          { class: isToday ? 'is-today' : null },
          el('th', { scope: 'row' }, capitalised(day), isToday ? el('span', { class: 'visually-hidden' }, ' (today)') : null),
          el('td', {}, slots.length > 0 ? slots.map((slot) => `${slot.opens}–${slot.closes}`).join(', ') : 'Closed')
        );
      })
    )
  );

export const todaysHours = (hours: OpeningHours[]) => {
  const slots = hours.filter((slot) => slot.day === today());
  return slots.length > 0 ? `Open today ${slots.map((slot) => `${slot.opens}–${slot.closes}`).join(', ')}` : 'Closed today';
};

export const bookingLink = (clinic: Pick<Clinic, 'bookingUrl' | 'name'>, className = 'button') => {
  const href = safeHref(clinic.bookingUrl);
  return href ? el('a', { href, class: className, rel: 'noopener', 'aria-label': `Book at ${clinic.name}` }, 'Book online') : null;
};

export const serviceTags = (services: ClinicService[]) =>
  services.length > 0
    ? el(
        'ul',
        { class: 'tags tags--plain', 'aria-label': 'Services' },
        services.map((service) => el('li', {}, service.name))
      )
    : null;

/** A clinic in a list: the finder's results and an article's "where to book". */
export const clinicCard = (clinic: Clinic & { distanceKm?: number; services?: ClinicService[] }, headingLevel: 2 | 3 = 3) =>
  el(
    'article',
    { class: 'clinic-card' },
    el(
      'div',
      { class: 'clinic-card__head' },
      el(`h${headingLevel}` as 'h3', { class: 'clinic-card__name' }, el('a', { href: clinicPath(clinic.slug) }, clinic.name)),
      clinic.distanceKm !== undefined ? badge(formatDistance(clinic.distanceKm), 'distance') : null
    ),
    addressBlock(clinic.address),
    el('p', { class: 'clinic-card__hours' }, todaysHours(clinic.openingHours ?? [])),
    el(
      'details',
      { class: 'clinic-card__week' },
      el('summary', {}, 'Opening hours this week'),
      openingHoursTable(clinic.openingHours ?? [], `Opening hours at ${clinic.name}`)
    ),
    serviceTags(clinic.services ?? []),
    el(
      'p',
      { class: 'clinic-card__actions' },
      bookingLink(clinic, 'button button--small'),
      clinic.phone
        ? el('a', { href: `tel:${clinic.phone.replace(/\s+/g, '')}`, class: 'button button--small button--ghost' }, clinic.phone)
        : null
    )
  );
