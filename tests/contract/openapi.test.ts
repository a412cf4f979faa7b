import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { signPreview } from '../../src/editorial/preview/preview-links';
import { seedDemoContent } from '../../src/operations/seed/seed-demo-content';
import { useTestApp } from '../helpers/strapi';

type Operation = { responses: Record<string, { content?: Record<string, { schema?: object }> }> };
type Document = { openapi: string; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, object> } };
type Call = { method: 'get' | 'post'; url: string | (() => string); status: number; body?: object };

const MAIN = 'why-runners-should-get-regular-massage';
const DRAFT = 'hip-pain-in-distance-runners';
const pointer = (...parts: string[]) => parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/** The documented path template a concrete URL falls under: /api/articles/slug/x → /api/articles/slug/{slug}. */
const templateOf = (document: Document, pathname: string) =>
  Object.keys(document.paths)
    .filter((template) => new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(pathname))
    // A literal segment beats a parameter: /nearby is not a {documentId}.
    .sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0))[0];

describe('the OpenAPI document matches what the API really answers', () => {
  const app = useTestApp();
  let document: Document;
  let ajv: Ajv2020;
  let ids: { article: string; draft: string };

  beforeAll(async () => {
    await seedDemoContent(app.strapi);
    document = (await app.http().get('/api/openapi.json')).body;
    ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(document, 'openapi.json');
    const article = await app.strapi.documents('api::article.article').findFirst({ status: 'published', filters: { slug: MAIN } as never });
    const draft = await app.strapi.documents('api::article.article').findFirst({ status: 'draft', filters: { slug: DRAFT } as never });
    ids = { article: article!.documentId, draft: draft!.documentId };
    const redirects = app.strapi.documents('api::redirect.redirect');
    await redirects.create({ data: { from: '/articles/an-old-address', to: `/articles/${MAIN}` } });
    await redirects.create({ data: { from: '/topics/jogging', to: '/topics/running', statusCode: 308 } });
    await redirects.create({ data: { from: '/clinics/old-clinic', to: '/clinics/redland-run-clinic' } });
  });

  const signedPreview = (documentId: string) => {
    const expires = Date.now() + 60_000;
    return `/api/preview/article/${documentId}?expires=${expires}&signature=${signPreview(app.strapi, { uid: 'api::article.article', documentId, expires })}`;
  };

  const CALLS: Call[] = [
    { method: 'get', url: '/api/articles', status: 200 },
    { method: 'get', url: '/api/articles?populate=*&sort=publishedAt:desc&pagination[pageSize]=3', status: 200 },
    { method: 'get', url: '/api/articles?populate[topics][fields][0]=name&filters[topics][slug][$eq]=running', status: 200 },
    { method: 'get', url: () => `/api/articles/${ids.article}?populate=*`, status: 200 },
    { method: 'get', url: '/api/articles?status=draft', status: 403 },
    { method: 'get', url: '/api/articles?unknownParam=1', status: 400 },
    { method: 'get', url: () => `/api/articles/${ids.draft}`, status: 404 },
    { method: 'get', url: '/api/topics?populate=*', status: 200 },
    { method: 'get', url: '/api/topics/nope', status: 404 },
    { method: 'get', url: '/api/conditions?populate=*', status: 200 },
    { method: 'get', url: '/api/conditions/nope', status: 404 },
    { method: 'get', url: '/api/benefits?populate=*', status: 200 },
    { method: 'get', url: '/api/benefits/nope', status: 404 },
    { method: 'get', url: '/api/clinic-locations?populate=*', status: 200 },
    { method: 'get', url: '/api/clinic-locations/nope', status: 404 },
    { method: 'get', url: '/api/authors?populate=*', status: 200 },
    { method: 'get', url: '/api/authors/nope', status: 404 },
    { method: 'get', url: '/api/articles/cards?pageSize=3', status: 200 },
    { method: 'get', url: '/api/articles/cards?page=0', status: 400 },
    { method: 'get', url: '/api/articles/cards?topic=recovery', status: 200 },
    { method: 'get', url: '/api/articles/cards?topic=recovery&condition=shin-splints', status: 400 },
    { method: 'get', url: `/api/articles/slug/${MAIN}`, status: 200 },
    { method: 'get', url: `/api/articles/slug/${DRAFT}`, status: 404 },
    { method: 'get', url: `/api/articles/slug/${MAIN}/related?limit=3`, status: 200 },
    { method: 'get', url: `/api/articles/slug/${MAIN}/related?limit=0`, status: 400 },
    { method: 'get', url: '/api/articles/slug/nope/related', status: 404 },
    { method: 'get', url: '/api/articles/slug/an-old-address', status: 301 },
    { method: 'get', url: '/api/articles/slug/an-old-address/related', status: 301 },
    { method: 'get', url: '/api/topics/slug/jogging', status: 308 },
    { method: 'get', url: '/api/clinic-locations/slug/old-clinic', status: 301 },
    { method: 'get', url: '/api/redirects', status: 200 },
    { method: 'get', url: '/api/redirects?page=2', status: 400 },
    { method: 'get', url: '/api/topics/slug/running?pageSize=2', status: 200 },
    { method: 'get', url: '/api/topics/slug/nope', status: 404 },
    { method: 'get', url: '/api/conditions/slug/plantar-fasciitis', status: 200 },
    { method: 'get', url: '/api/conditions/slug/plantar-fasciitis?page=0', status: 400 },
    { method: 'get', url: '/api/benefits/slug/reduced-muscle-soreness', status: 200 },
    { method: 'get', url: '/api/benefits/slug/nope', status: 404 },
    { method: 'get', url: '/api/clinic-locations/slug/redland-run-clinic', status: 200 },
    { method: 'get', url: '/api/clinic-locations/slug/nope', status: 404 },
    { method: 'get', url: '/api/clinic-locations/nearby?lat=51.45&lng=-2.59&radiusKm=100&service=sports%20massage', status: 200 },
    { method: 'get', url: '/api/clinic-locations/nearby?lat=north&lng=0', status: 400 },
    { method: 'get', url: '/api/search?q=plantar%20fasciitis', status: 200 },
    { method: 'get', url: '/api/search?q=shin%20splnts&type=condition,article&pageSize=2', status: 200 },
    { method: 'get', url: '/api/search?q=', status: 400 },
    { method: 'get', url: () => signedPreview(ids.draft), status: 200 },
    { method: 'get', url: () => `/api/preview/article/${ids.draft}?expires=${Date.now() + 60_000}&signature=forged`, status: 403 },
    { method: 'get', url: () => `/api/preview/recipe/${ids.draft}?expires=1&signature=x`, status: 404 },
    { method: 'get', url: '/feed.xml', status: 200 },
    { method: 'get', url: '/feed.xml?topic=Not%20A%20Slug', status: 400 },
    { method: 'get', url: '/sitemap.xml', status: 200 },
    { method: 'get', url: '/robots.txt', status: 200 },
    { method: 'post', url: '/graphql', status: 200, body: { query: '{ articles { title } }' } },
    { method: 'get', url: '/api/openapi.json', status: 200 },
  ];

  it.each(
    CALLS.map(
      (call) => [typeof call.url === 'string' ? call.url : call.url.toString().replace(/^\(\)\s*=>\s*/, ''), call.status, call] as const
    )
  )('%s answers %i as documented', async (_label, status, call) => {
    const url = typeof call.url === 'string' ? call.url : call.url();
    const pathname = new URL(url, 'http://x').pathname;
    const template = templateOf(document, pathname);
    expect(template).toBeDefined();
    const operation = document.paths[template][call.method];
    expect(operation).toBeDefined();

    const request = app.http()[call.method](url);
    const response = await (call.body ? request.send(call.body) : request);
    expect(response.status).toBe(status);
    const documented = operation.responses[String(status)];
    expect(documented).toBeDefined();
    const mediaType = String(response.headers['content-type']).split(';')[0];
    expect(Object.keys(documented.content ?? {})).toContain(mediaType);
    if (mediaType !== 'application/json') return;

    const validate = ajv.getSchema(
      `openapi.json#/${pointer('paths', template, call.method, 'responses', String(status), 'content', mediaType, 'schema')}`
    )!;
    const valid = validate(response.body);
    expect(valid ? [] : validate.errors).toEqual([]);
  });

  it('documents every operation, and every operation is exercised above', () => {
    const exercised = new Set(
      CALLS.map(
        (call) =>
          `${call.method} ${templateOf(document, new URL(typeof call.url === 'string' ? call.url : call.url(), 'http://x').pathname)}`
      )
    );
    const documented = Object.entries(document.paths).flatMap(([template, operations]) =>
      Object.keys(operations).map((method) => `${method} ${template}`)
    );
    expect(documented.filter((operation) => !exercised.has(operation))).toEqual([]);
  });

  it('leaves no public read route undocumented', () => {
    const publicPrefixes =
      /^\/api\/(articles|topics|conditions|benefits|clinic-locations|authors|search|preview|openapi|feed|sitemap|robots|redirects)/;
    // The feeds' routes are documented at the root, where they are served for crawlers.
    const servedAtRoot = /^\/api(\/(feed\.xml|sitemap\.xml|robots\.txt))$/;
    const routes = (app.strapi.server.listRoutes() as Array<{ path: string; methods: string[] }>)
      .filter((route) => route.methods.includes('GET') && publicPrefixes.test(route.path))
      .map((route) =>
        route.path
          .replace(servedAtRoot, '$1')
          .replace(/:(\w+)/g, '{$1}')
          .replace('{id}', '{documentId}')
      );
    expect(routes).toEqual(expect.arrayContaining(['/feed.xml', '/sitemap.xml', '/robots.txt']));
    expect(routes.filter((path) => !document.paths[path])).toEqual([]);
  });

  it('would catch a response that drifts from it', async () => {
    const validate = ajv.getSchema(
      `openapi.json#/${pointer('paths', '/api/articles/slug/{slug}', 'get', 'responses', '200', 'content', 'application/json', 'schema')}`
    )!;
    const { body } = await app.http().get(`/api/articles/slug/${MAIN}`);
    expect(validate(body)).toBe(true);
    expect(validate({ ...body, data: { ...body.data, undocumented: true } })).toBe(false);
    expect(validate({ ...body, data: { ...body.data, readingTimeMinutes: 'seven' } })).toBe(false);
    expect(validate({ ...body, data: { ...body.data, topics: [{ name: 3 }] } })).toBe(false);
  });

  it('is an OpenAPI 3.1 document whose references all resolve', () => {
    expect(document.openapi).toBe('3.1.0');
    for (const name of Object.keys(document.components.schemas)) {
      expect(() => ajv.getSchema(`openapi.json#/${pointer('components', 'schemas', name)}`)).not.toThrow();
    }
  });
});
