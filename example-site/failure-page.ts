import { WellnessApiError } from '../client/index.js';
import { el, showInMain } from './dom.js';
import { setJsonLd, setPageMeta } from './head.js';

const searchForm = () =>
  el(
    'form',
    { class: 'inline-search', role: 'search', action: '/search', method: 'get' },
    el('label', { for: 'failure-search' }, 'Search the site instead'),
    el(
      'div',
      { class: 'inline-search__row' },
      el('input', { id: 'failure-search', type: 'search', name: 'q', required: true, maxlength: 200 }),
      el('button', { type: 'submit', class: 'button' }, 'Search')
    )
  );

export const showNotFound = (message: string) => {
  setPageMeta({ title: 'Page not found', noIndex: true });
  setJsonLd(null);
  showInMain(
    el(
      'div',
      { class: 'container failure', 'data-page': 'not-found' },
      el('p', { class: 'eyebrow' }, 'Error 404'),
      el('h1', {}, 'We couldn’t find that page'),
      el('p', { class: 'lede' }, message),
      el('p', {}, 'It may have been renamed or taken down while it is being updated. These may help:'),
      el(
        'ul',
        { class: 'failure__links' },
        el('li', {}, el('a', { href: '/' }, 'Latest articles')),
        el('li', {}, el('a', { href: '/clinics' }, 'Find a clinic near you'))
      ),
      searchForm()
    )
  );
};

const retryButton = () => {
  const button = el('button', { type: 'button', class: 'button' }, 'Try again');
  button.addEventListener('click', () => window.location.reload());
  return button;
};

/** Any failure to load a page: a 404 from the API, another API error, or no answer at all. */
export const showFailure = (error: unknown) => {
  if (error instanceof WellnessApiError && error.status === 404) return showNotFound(error.message);
  const isApiError = error instanceof WellnessApiError;
  setPageMeta({ title: 'Something went wrong', noIndex: true });
  showInMain(
    el(
      'div',
      { class: 'container failure', 'data-page': 'error', role: 'alert' },
      el('p', { class: 'eyebrow' }, isApiError ? `Error ${error.status}` : 'Connection problem'),
      el('h1', {}, isApiError ? 'This page could not be loaded' : 'We can’t reach our content right now'),
      el(
        'p',
        { class: 'lede' },
        isApiError ? error.message : 'The site could not connect to its content service. Check your connection, then try again in a moment.'
      ),
      retryButton()
    )
  );
};
