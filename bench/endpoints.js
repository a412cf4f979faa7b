// What is measured: the public reads a front-end makes for its pages, and a mixed workload of
// them with 1% writes. Requests vary over the seeded data (slugs, topics, queries) where a real
// audience would, so a cache is not flattered by one hot key unless the endpoint is "hot".
const path = require('path');
const qs = require('qs');
const { createRandom } = require('./seed/random');

// A listing card: the fields and relations the example site's cards show (ARTICLE_CARD).
const LIST_PATH =
  '/api/articles?fields[0]=title&fields[1]=slug&fields[2]=excerpt&fields[3]=readingTimeMinutes&fields[4]=publishedAt' +
  '&populate[author][fields][0]=name&populate[author][fields][1]=slug&populate[topics][fields][0]=name&populate[topics][fields][1]=slug' +
  '&populate[cover][populate][image][fields][0]=url&populate[cover][populate][image][fields][1]=alternativeText&populate[cover][populate][image][fields][2]=formats' +
  '&sort=publishedAt:desc&pagination[pageSize]=10';
const NEARBY_PATH = '/api/clinic-locations/nearby?lat=51.45&lng=-2.59&radiusKm=50';
const SEARCH_QUERIES = [
  'sports massage',
  'plantar fasciitis',
  'knee pain',
  'hamstring strain recovery',
  'foam rolling',
  'shin splints',
  'better sleep',
  'dry needling',
];
const ARTICLE_QUERY =
  'query Article($slug: String!) { articleBySlug(slug: $slug) { title slug excerpt author { name } topics { name slug } } }';
// A fresh object per request: autocannon writes Content-Length into the headers it is given.
const jsonHeaders = () => ({ 'content-type': 'application/json' });

const get = (path) => ({ method: 'GET', path });
// Sent as GET, the form public GraphQL reads can be cached in (Apollo asks GET requests for a
// header that a cross-site form cannot send).
const graphqlPath = (slug) =>
  `/graphql?query=${encodeURIComponent(ARTICLE_QUERY)}&variables=${encodeURIComponent(JSON.stringify({ slug }))}`;
const graphql = (slug) => ({ method: 'GET', path: graphqlPath(slug), headers: { 'apollo-require-preflight': 'true' } });
const slugPath = (slug) => `/api/articles/slug/${encodeURIComponent(slug)}`;
// The article page as Strapi's generic REST API asks for it: the slug as a filter and the page's
// own populate tree, from the compiled app (the bench compiles it before anything is measured).
// The one page read plain Strapi can answer with the same request.
const pagePopulate = () => require(path.join(__dirname, '..', 'dist', 'src', 'content-model', 'page-populate.js')).ARTICLE_PAGE_POPULATE;
const slugQueryPath = (slug) =>
  `/api/articles?${qs.stringify({ filters: { slug: { $eq: slug } }, populate: pagePopulate() }, { encodeValuesOnly: true })}`;

/** Which sample articles the stale-read check edits; the mixed workload's writes leave them alone. */
const isStaleCheckArticle = (_article, index) => index % 50 === 0;

/** The endpoints for one seeded database, each able to pick its next request. */
const endpointsFor = (manifest) => {
  const articles = manifest.articles;
  const hot = articles[0];
  const writable = articles.filter((article, index) => !isStaleCheckArticle(article, index));
  let edits = 0;
  const write = (random) => {
    const article = random.pick(writable);
    edits += 1;
    return {
      method: 'PUT',
      path: `/api/articles/${article.documentId}?status=published`,
      headers: { ...jsonHeaders(), authorization: `Bearer ${manifest.token}` },
      body: JSON.stringify({ data: { title: `${article.title} (edit ${edits})`.slice(0, 160) } }),
    };
  };
  const list = {
    list: {
      label: 'Article list (populated)',
      ceilingPrefix: '/api/articles?',
      pick: () => get(LIST_PATH),
      check: (body) => body.data?.length === 10 && body.data[0].author && body.data[0].topics,
    },
    cards: {
      label: 'Article cards, newest 10 (read model)',
      ceilingPrefix: '/api/articles/cards',
      pick: () => get('/api/articles/cards?pageSize=10'),
      check: (body) => body.data?.length === 10 && body.data[0].author && body.data[0].topics,
    },
    'slug-hot': {
      label: 'Article by slug, one hot slug',
      ceilingPrefix: '/api/articles/slug/',
      pick: () => get(slugPath(hot.slug)),
      check: (body) => body.data?.author?.name && body.data.topics?.length > 0,
    },
    'slug-spread': {
      label: `Article by slug, ${articles.length} slugs`,
      ceilingPrefix: '/api/articles/slug/',
      pick: (random) => get(slugPath(random.pick(articles).slug)),
      check: (body) => body.data?.author?.name && body.data.topics?.length > 0,
    },
    'slug-query': {
      label: `Article page as a filter query, ${articles.length} slugs`,
      ceilingPrefix: '/api/articles?filters',
      pick: (random) => get(slugQueryPath(random.pick(articles).slug)),
      check: (body) => body.data?.length === 1 && body.data[0].author?.name && body.data[0].topics?.length > 0,
    },
    topic: {
      label: `Topic page, ${manifest.topics.length} topics`,
      ceilingPrefix: '/api/topics/slug/',
      pick: (random) => get(`/api/topics/slug/${random.pick(manifest.topics)}`),
      check: (body) => body.data?.articles?.length > 0,
    },
    condition: {
      label: `Condition page, ${manifest.conditions?.length ?? 0} conditions`,
      ceilingPrefix: '/api/conditions/slug/',
      pick: (random) => get(`/api/conditions/slug/${random.pick(manifest.conditions)}`),
      check: (body) => body.data?.articles?.length > 0,
    },
    search: {
      label: 'Search',
      ceilingPrefix: '/api/search',
      pick: (random) => get(`/api/search?q=${encodeURIComponent(random.pick(SEARCH_QUERIES))}`),
      check: (body) => body.data?.length > 0,
    },
    nearby: {
      label: 'Nearby clinics',
      ceilingPrefix: '/api/clinic-locations/nearby',
      pick: () => get(NEARBY_PATH),
      check: (body) => body.data?.length > 0,
    },
    graphql: {
      label: 'GraphQL article page',
      ceilingPrefix: '/graphql',
      pick: (random) => graphql(random.pick(articles).slug),
      check: (body) => body.data?.articleBySlug?.author?.name,
    },
  };
  const weighted = [
    ['list', 10],
    ['cards', 10],
    ['slug-spread', 30],
    ['topic', 8],
    ['condition', 4],
    ['search', 12],
    ['nearby', 5],
    ['graphql', 20],
  ];
  list.mixed = {
    label: 'Mixed: 99% of the reads above, 1% writes',
    pick: (random) => {
      if (random.next() < 0.01) return write(random);
      let target = random.next() * 99;
      const [name] = weighted.find(([, weight]) => (target -= weight) < 0) ?? weighted[0];
      return list[name].pick(random);
    },
  };
  // Autocannon builds a fixed request once; only varying ones pay for a per-request setup.
  const variable = new Set(['slug-spread', 'slug-query', 'topic', 'condition', 'search', 'graphql', 'mixed']);
  for (const [name, endpoint] of Object.entries(list)) {
    endpoint.name = name;
    endpoint.requests = (seed = 1) => {
      const random = createRandom(seed);
      if (!variable.has(name)) return [endpoint.pick(random)];
      return [{ setupRequest: (request) => ({ ...request, ...endpoint.pick(random) }) }];
    };
    endpoint.isWrite = (request) => request.method === 'PUT';
  }
  return list;
};

const ENDPOINT_NAMES = [
  'list',
  'cards',
  'slug-hot',
  'slug-spread',
  'slug-query',
  'topic',
  'condition',
  'search',
  'nearby',
  'graphql',
  'mixed',
];
/** What plain Strapi can answer with the same request (the `vanilla` mode). */
const VANILLA_ENDPOINTS = ['list', 'slug-query'];

module.exports = { graphqlPath, endpointsFor, ENDPOINT_NAMES, VANILLA_ENDPOINTS, LIST_PATH, ARTICLE_QUERY, slugPath, isStaleCheckArticle };
