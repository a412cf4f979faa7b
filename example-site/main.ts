import { createWellnessClient, type WellnessClient } from '../client/index.js';
import { renderArticlePage } from './article-page.js';
import { renderClinicFinderPage } from './clinic-finder-page.js';
import { renderClinicPage } from './clinic-page.js';
import { showFailure, showNotFound } from './failure-page.js';
import { renderHomePage } from './home-page.js';
import { renderPreviewPage } from './preview-page.js';
import { renderSearchPage } from './search-page.js';
import { renderTermPage } from './term-page.js';

type Route = { pattern: RegExp; nav?: string; render: (client: WellnessClient, slug: string) => Promise<void> };

// The same paths src/delivery/site-pages.ts serves the shell at.
const ROUTES: Route[] = [
  { pattern: /^\/$/, nav: 'home', render: (client) => renderHomePage(client) },
  { pattern: /^\/articles\/([^/]+)$/, nav: 'home', render: renderArticlePage },
  { pattern: /^\/topics\/([^/]+)$/, nav: 'home', render: (client, slug) => renderTermPage(client, 'topic', slug) },
  { pattern: /^\/conditions\/([^/]+)$/, render: (client, slug) => renderTermPage(client, 'condition', slug) },
  { pattern: /^\/benefits\/([^/]+)$/, render: (client, slug) => renderTermPage(client, 'benefit', slug) },
  { pattern: /^\/clinics$/, nav: 'clinics', render: (client) => renderClinicFinderPage(client) },
  { pattern: /^\/clinics\/([^/]+)$/, nav: 'clinics', render: renderClinicPage },
  { pattern: /^\/search$/, nav: 'search', render: (client) => renderSearchPage(client) },
  { pattern: /^\/preview$/, render: (client) => renderPreviewPage(client) },
];

const markCurrentNav = (nav: string | undefined) => {
  document.querySelectorAll<HTMLAnchorElement>('.site-nav a[data-nav]').forEach((link) => {
    if (link.dataset.nav === nav) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  });
};

const fillHeaderSearch = () => {
  const input = document.getElementById('header-search-input') as HTMLInputElement | null;
  if (input && window.location.pathname === '/search') input.value = new URLSearchParams(window.location.search).get('q') ?? '';
};

const render = async (path: string) => {
  const route = ROUTES.find(({ pattern }) => pattern.test(path));
  markCurrentNav(route?.nav);
  if (!route) return showNotFound(`There is no page at ${path}.`);
  try {
    await route.render(createWellnessClient({ baseUrl: window.location.origin }), decodeURIComponent(path.match(route.pattern)?.[1] ?? ''));
  } catch (error) {
    showFailure(error);
  }
};

fillHeaderSearch();
// data-ready tells tests and monitoring that the page has finished loading, whatever it shows.
void render(window.location.pathname.replace(/(.)\/$/, '$1')).finally(() => (document.body.dataset.ready = 'true'));
