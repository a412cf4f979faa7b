import fc from 'fast-check';
import type { Core } from '@strapi/strapi';
import { COLLECTIONS, type FuzzTargets } from './fuzz-content';
import { restQueryArbitraries, sendable, serialise } from './fuzz-rest-queries';

/**
 * One generated request: `route` names the endpoint for the tally, `url` is what is sent, and
 * `answers` says what a success looks like (JSON everywhere but the feeds).
 */
export type RestCase = { route: string; url: string; answers?: SuccessBody };
export type SuccessBody = 'json' | 'xml' | 'text';
type Collection = keyof typeof COLLECTIONS;

const SLUG_ROUTES: Collection[] = ['articles', 'topics', 'conditions', 'benefits', 'clinic-locations'];
const HOSTILE_IDS = [
  '0',
  '-1',
  '1',
  '99999999999999999999',
  'null',
  'undefined',
  '..',
  '%2e%2e',
  '%00',
  '%',
  '%E0%A4%A',
  'a%2Fb',
  'é',
  '%F0%9F%98%80',
  '[]',
  '*',
  'x'.repeat(3000),
];
const OTHER_PATHS = [
  '/api/users',
  '/api/users/me',
  '/api/users/1',
  '/api/users-permissions/roles',
  '/api/openapi.json',
  '/api/upload/files',
  '/api/i18n/locales',
  '/api/nope',
  '/api/articles/',
  '/api',
];

// Query-string building blocks for raw garbage: fragments of real syntax, broken on purpose.
const RAW_PIECES = [
  '[',
  ']',
  '=',
  '&',
  '%',
  '%2',
  '%zz',
  '%C3',
  '%C3%28',
  '%00',
  '%5B',
  '%5D',
  '$',
  '.',
  ',',
  ':',
  '*',
  '\\',
  '"',
  "'",
  '<',
  '>',
  '{',
  '}',
  '?',
  '/',
  '+',
  ' ',
  'é',
  'ß',
  '😀',
  '\u202e',
  'filters',
  'populate',
  'sort',
  'pagination',
  'fields',
  'status',
  'locale',
  'draft',
  '$eq',
  '$or',
  '$and',
  '$not',
  '$in',
  '[0]',
  '[]',
  '[populate]',
  '[fields]',
  'createdBy',
  'password',
  'publishedAt',
  'title',
  'page',
  'pageSize',
  'limit',
  '-1',
  '0',
  '1e9',
  '__proto__',
];

const RAW_TARGETS: Array<[string, SuccessBody]> = [
  ...[
    '/api/articles',
    '/api/topics',
    '/api/search',
    '/api/clinic-locations/nearby',
    '/api/benefits/slug/running-benefits',
    '/api/articles/slug/x/related',
    '/api/articles/cards',
    '/api/authors',
    '/api/redirects',
  ].map((path): [string, SuccessBody] => [path, 'json']),
  ['/feed.xml', 'xml'],
  ['/sitemap.xml', 'xml'],
  ['/api/feed.xml', 'xml'],
];

const rawQuery = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...RAW_PIECES), maxLength: 40 }) },
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.integer({ min: 20, max: 400 }).map((depth) => `filters${'[a]'.repeat(depth)}=1`),
  fc.integer({ min: 5, max: 60 }).map((depth) => `populate${'[author][populate]'.repeat(depth)}=*`),
  fc.integer({ min: 2, max: 1500 }).map((count) => Array.from({ length: count }, (_, index) => `sort[${index}]=title`).join('&')),
  fc.constantFrom(
    'sort=title&sort=slug&sort[0]=id',
    'status=published&status=draft',
    'status[]=draft',
    'status[x]=draft',
    'populate=*&populate[author]=true',
    'fields=title&fields[0]=slug&fields[x]=y'
  ),
  fc.constantFrom(
    'q=' + 'a'.repeat(50_000),
    'filters[title][$in][' + '9'.repeat(30) + ']=x',
    'pagination[pageSize]=1e400',
    'filters[$or][999999]=x'
  )
);

/**
 * The crawler and feed-reader routes, at the root and under /api. Their self links echo the query, so topic
 * slugs come from published documents only: a draft's slug carries the draft marker.
 */
const feedRequests = (targets: FuzzTargets, value: fc.Arbitrary<unknown>, numberish: fc.Arbitrary<unknown>): fc.Arbitrary<RestCase> => {
  const marker = targets.markers.draft.toLowerCase();
  const publicSlugs = Object.values(targets.slugs)
    .flat()
    .filter((slug) => !slug.toLowerCase().includes(marker));
  const topic = fc.oneof(fc.constantFrom(...publicSlugs), fc.constantFrom(...HOSTILE_IDS), value, fc.array(value, { maxLength: 2 }));
  // Served at the root and under /api by the same routes (src/api/feed): either address.
  const address = (path: string) => fc.constantFrom(path, `/api${path}`);
  const feed = (path: string, answers: SuccessBody, query: fc.Arbitrary<Record<string, unknown>>) =>
    fc
      .tuple(address(path), query.chain(serialise))
      .map(([url, search]) => ({ route: path, url: search ? `${url}?${search}` : url, answers }));
  return fc.oneof(
    feed('/feed.xml', 'xml', fc.record({ topic, foo: value }, { requiredKeys: [] })),
    feed('/sitemap.xml', 'xml', fc.record({ page: fc.oneof(numberish, value), foo: value }, { requiredKeys: [] })),
    feed('/robots.txt', 'text', fc.record({ foo: value }, { requiredKeys: [] }))
  );
};

/** Requests against every public REST route, with structured queries (qs) and raw garbage. */
export const restRequests = (strapi: Core.Strapi, targets: FuzzTargets): fc.Arbitrary<RestCase> => {
  const { coreQuery, value, numberish, pagination } = restQueryArbitraries(strapi, targets);
  const collection = fc.constantFrom(...(Object.keys(COLLECTIONS) as Collection[]));
  const idOf = (name: Collection) =>
    fc.oneof(
      fc.constantFrom(...targets.documentIds[name]),
      fc.constantFrom(...HOSTILE_IDS),
      fc.string({ maxLength: 30 }).map(encodeURIComponent)
    );
  const slugOf = (name: Collection) => fc.oneof(fc.constantFrom(...targets.slugs[name]), fc.constantFrom(...HOSTILE_IDS));
  const page = fc.record({ page: numberish, pageSize: numberish, pagination, foo: value }, { requiredKeys: [] });
  const withQuery = (route: string, path: string, query: fc.Arbitrary<Record<string, unknown>>) =>
    query.chain(serialise).map((search) => ({ route, url: search ? `${path}?${search}` : path }));

  const structured = fc.oneof(
    { weight: 5, arbitrary: collection.chain((name) => withQuery(`/api/${name}`, `/api/${name}`, coreQuery(COLLECTIONS[name]))) },
    {
      weight: 3,
      arbitrary: collection.chain((name) =>
        idOf(name).chain((id) => withQuery(`/api/${name}/:id`, `/api/${name}/${id}`, coreQuery(COLLECTIONS[name])))
      ),
    },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(...SLUG_ROUTES)
        .chain((name) =>
          slugOf(name).chain((slug) =>
            withQuery(
              `/api/${name}/slug/:slug`,
              `/api/${name}/slug/${encodeURIComponent(slug)}`,
              fc.oneof(page, coreQuery(COLLECTIONS[name]))
            )
          )
        ),
    },
    withQuery(
      '/api/articles/cards',
      '/api/articles/cards',
      fc.record(
        { page: numberish, pageSize: numberish, topic: fc.oneof(value, fc.constantFrom('recovery', 'running')), condition: value },
        { requiredKeys: [] }
      )
    ),
    slugOf('articles').chain((slug) =>
      withQuery(
        '/api/articles/slug/:slug/related',
        `/api/articles/slug/${encodeURIComponent(slug)}/related`,
        fc.record({ limit: numberish }, { requiredKeys: [] })
      )
    ),
    {
      weight: 2,
      arbitrary: withQuery(
        '/api/search',
        '/api/search',
        fc.record(
          {
            q: fc.oneof(
              fc.string({ maxLength: 30 }),
              fc.constantFrom('knee', 'sleep recovery', 'runing', 'a'.repeat(201)),
              fc.array(value, { maxLength: 2 }),
              fc.dictionary(fc.string(), value, { maxKeys: 2 })
            ),
            type: fc.oneof(value, fc.constantFrom('article', 'condition,benefit', 'article,nope', ' , ')),
            page: numberish,
            pageSize: numberish,
            pagination,
          },
          { requiredKeys: [] }
        )
      ),
    },
    withQuery(
      '/api/clinic-locations/nearby',
      '/api/clinic-locations/nearby',
      fc.record(
        {
          lat: fc.oneof(numberish, value),
          lng: fc.oneof(numberish, value),
          radiusKm: numberish,
          service: fc.oneof(value, fc.constant('Sports massage')),
        },
        { requiredKeys: [] }
      )
    ),
    fc
      .tuple(fc.constantFrom('article', 'topic', 'nope', 'user'), idOf('articles'))
      .chain(([type, id]) =>
        withQuery(
          '/api/preview/:type/:id',
          `/api/preview/${type}/${id}`,
          fc.record({ expires: numberish, signature: value }, { requiredKeys: [] })
        )
      ),
    fc.constantFrom(...OTHER_PATHS).chain((path) => withQuery(path, path, coreQuery('plugin::users-permissions.user'))),
    withQuery('/api/redirects', '/api/redirects', fc.record({ foo: value, populate: value }, { requiredKeys: [] })),
    { weight: 2, arbitrary: feedRequests(targets, value, numberish) }
  );

  const raw = fc
    .tuple(fc.constantFrom(...RAW_TARGETS), rawQuery)
    .map(([[path, answers], query]) => ({ route: `${path} (raw)`, url: `${path}?${sendable(query)}`, answers }));

  return fc.oneof({ weight: 4, arbitrary: structured }, { weight: 1, arbitrary: raw });
};
