import { WellnessApiError, type WellnessClient } from '../client/index.js';
import { clinicCard } from './clinic-parts.js';
import { pageHeader } from './components.js';
import { el, showInMain } from './dom.js';
import { plural } from './format.js';
import { setJsonLd, setPageMeta } from './head.js';

// City centres of the places the demo clinics are in: one click shows what a search looks like.
const PRESETS = [
  { name: 'Bristol', lat: 51.4545, lng: -2.5879 },
  { name: 'Bath', lat: 51.3811, lng: -2.359 },
  { name: 'Cardiff', lat: 51.4816, lng: -3.1791 },
];
const RADII = [5, 10, 25, 50, 100, 200];
const DEFAULT_RADIUS = 25;

type Search = { lat: number; lng: number; radiusKm: number; service: string };

const field = (label: string, input: HTMLElement, hint?: string) =>
  el('div', { class: 'field' }, el('label', { for: input.id }, label), input, hint ? el('p', { class: 'field__hint' }, hint) : null);

const searchFromUrl = (): Search | undefined => {
  const params = new URLSearchParams(window.location.search);
  if (!params.has('lat') || !params.has('lng')) return undefined;
  return {
    lat: Number(params.get('lat')),
    lng: Number(params.get('lng')),
    radiusKm: Number(params.get('radiusKm')) || DEFAULT_RADIUS,
    service: params.get('service') ?? '',
  };
};

const urlFor = ({ lat, lng, radiusKm, service }: Search) => {
  const params = new URLSearchParams({ lat: String(lat), lng: String(lng), radiusKm: String(radiusKm) });
  if (service) params.set('service', service);
  return `/clinics?${params}`;
};

/** /clinics: where the reader is (typed, a city, or the browser's location), then clinics by distance. */
export const renderClinicFinderPage = async (client: WellnessClient) => {
  setPageMeta({
    title: 'Find a clinic',
    description: 'Find a sports massage or physiotherapy clinic near you, with opening hours and online booking.',
  });
  setJsonLd(null);

  const lat = el('input', {
    id: 'finder-lat',
    name: 'lat',
    type: 'number',
    step: 'any',
    min: -90,
    max: 90,
    required: true,
    inputmode: 'decimal',
  });
  const lng = el('input', {
    id: 'finder-lng',
    name: 'lng',
    type: 'number',
    step: 'any',
    min: -180,
    max: 180,
    required: true,
    inputmode: 'decimal',
  });
  const radius = el(
    'select',
    { id: 'finder-radius', name: 'radiusKm' },
    RADII.map((km) => el('option', { value: km, selected: km === DEFAULT_RADIUS }, `${km} km`))
  );
  const service = el('input', {
    id: 'finder-service',
    name: 'service',
    type: 'text',
    maxlength: 120,
    placeholder: 'e.g. Sports massage',
    list: 'finder-services',
  });
  const services = el('datalist', { id: 'finder-services' });
  const status = el(
    'p',
    { class: 'list-status', role: 'status', 'aria-live': 'polite' },
    'Choose a city, use your location or enter coordinates.'
  );
  const results = el('div', { class: 'finder-results', 'data-list': 'clinics' });
  const locate = el('button', { type: 'button', class: 'button button--ghost' }, 'Use my location');
  const form = el(
    'form',
    { class: 'finder-form', 'aria-label': 'Find clinics near a place' },
    el(
      'fieldset',
      { class: 'finder-presets' },
      el('legend', {}, 'Start from'),
      PRESETS.map((city) => el('button', { type: 'button', class: 'chip', 'data-lat': city.lat, 'data-lng': city.lng }, city.name)),
      locate
    ),
    el(
      'div',
      { class: 'finder-fields' },
      field('Latitude', lat),
      field('Longitude', lng),
      field('Within', radius),
      field('Service (optional)', service),
      services
    ),
    el('button', { type: 'submit', class: 'button' }, 'Find clinics')
  );

  const fill = (search: Search) => {
    lat.value = String(search.lat);
    lng.value = String(search.lng);
    radius.value = String(RADII.includes(search.radiusKm) ? search.radiusKm : DEFAULT_RADIUS);
    service.value = search.service;
  };

  const show = async (search: Search) => {
    status.textContent = 'Searching…';
    results.setAttribute('aria-busy', 'true');
    try {
      const { data, meta } = await client.nearbyClinics(search);
      // Suggest the services clinics really offer, as the reader finds them.
      const offered = new Set([...services.options].map((option) => option.value));
      for (const { name } of data.flatMap((clinic) => clinic.services)) {
        if (!offered.has(name)) services.appendChild(el('option', { value: name }));
        offered.add(name);
      }
      status.textContent = `${plural(meta.count, 'clinic', 'clinics')} within ${meta.radiusKm} km${meta.service ? ` offering ${meta.service.toLowerCase()}` : ''}, nearest first`;
      results.replaceChildren(
        data.length > 0
          ? el(
              'ol',
              { class: 'clinic-list' },
              data.map((clinic) => el('li', {}, clinicCard(clinic, 2)))
            )
          : el('p', { class: 'empty' }, 'No clinic in that area yet. Try a wider radius.')
      );
    } catch (error) {
      status.textContent = '';
      const message = error instanceof WellnessApiError ? error.message : 'The clinic search is not reachable right now. Please try again.';
      results.replaceChildren(el('p', { class: 'notice notice--error', role: 'alert' }, message));
    }
    results.removeAttribute('aria-busy');
  };

  const submit = () => {
    const search = { lat: lat.valueAsNumber, lng: lng.valueAsNumber, radiusKm: Number(radius.value), service: service.value.trim() };
    window.history.pushState({}, '', urlFor(search));
    void show(search);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  form.querySelectorAll<HTMLButtonElement>('button[data-lat]').forEach((button) =>
    button.addEventListener('click', () => {
      lat.value = button.dataset.lat ?? '';
      lng.value = button.dataset.lng ?? '';
      submit();
    })
  );
  locate.addEventListener('click', () => {
    if (!('geolocation' in navigator)) {
      status.textContent = 'Your browser cannot share its location. Choose a city instead.';
      return;
    }
    status.textContent = 'Asking your browser for your location…';
    navigator.geolocation.getCurrentPosition(
      (position) => {
        lat.value = position.coords.latitude.toFixed(4);
        lng.value = position.coords.longitude.toFixed(4);
        submit();
      },
      () => (status.textContent = 'We could not get your location. Choose a city or enter coordinates.'),
      { timeout: 10_000, maximumAge: 600_000 }
    );
  });
  window.addEventListener('popstate', () => {
    const search = searchFromUrl();
    if (search) {
      fill(search);
      void show(search);
    }
  });

  showInMain(
    el(
      'div',
      { class: 'container', 'data-page': 'clinic-finder' },
      pageHeader({
        eyebrow: 'Clinics',
        title: 'Find a clinic',
        lede: 'Sports massage, physiotherapy and gait analysis near you. Every clinic lists its hours and takes bookings online.',
      }),
      el('div', { class: 'finder' }, form, el('section', { 'aria-label': 'Clinics found' }, status, results))
    )
  );
  const initial = searchFromUrl();
  if (initial) {
    fill(initial);
    await show(initial);
  }
};
