import crypto from 'crypto';
import zlib from 'zlib';
import { signPreview } from '../../src/editorial/preview/preview-links';
import { seedDemoContent } from '../../src/operations/seed/seed-demo-content';
import { rawGet } from '../helpers/cache-reads';
import { createFullAccessToken } from '../helpers/content';
import { useTestApp } from '../helpers/strapi';

const MAIN = 'why-runners-should-get-regular-massage';

describe('HTTP caching of public content', () => {
  const app = useTestApp({ env: { HTTP_CACHE_MAX_AGE: '90', HTTP_CACHE_STALE_WHILE_REVALIDATE: '600' } });
  beforeAll(async () => {
    await seedDemoContent(app.strapi);
  });
  const get = (path: string) => app.http().get(path);

  it.each([`/api/articles/slug/${MAIN}`, '/api/articles?populate=*', '/api/search?q=massage', '/feed.xml', '/sitemap.xml'])(
    '%s carries a strong ETag, Cache-Control from config and answers 304 when unchanged',
    async (path) => {
      const first = await get(path);
      expect(first.status).toBe(200);
      expect(first.headers.etag).toMatch(/^"[\w-]{32}"$/);
      expect(first.headers['cache-control']).toBe('public, max-age=90, stale-while-revalidate=600');
      expect(first.headers.vary).toMatch(/Accept-Encoding/);

      const again = await get(path).set('If-None-Match', first.headers.etag);
      expect(again.status).toBe(304);
      expect(again.text ?? '').toBe('');
      expect((await get(path).set('If-None-Match', '"something-else"')).status).toBe(200);
    }
  );

  it('a published change gives a new ETag, so revalidation fetches it', async () => {
    const path = '/api/conditions/slug/shin-splints';
    const before = await get(path);
    const conditions = app.strapi.documents('api::condition.condition');
    const condition = await conditions.findFirst({ filters: { slug: 'shin-splints' } as never });
    await conditions.update({ documentId: condition!.documentId, data: { summary: 'Updated summary for the ETag check.' } as never });
    // A draft edit changes nothing the public sees: still fresh.
    expect((await get(path).set('If-None-Match', before.headers.etag)).status).toBe(304);
    await conditions.publish({ documentId: condition!.documentId });
    const after = await get(path).set('If-None-Match', before.headers.etag);
    expect(after.status).toBe(200);
    expect(after.body.data.summary).toBe('Updated summary for the ETag check.');
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('errors, token requests and previews are never marked cacheable', async () => {
    const token = await createFullAccessToken(app.strapi);
    const draft = await app.strapi
      .documents('api::article.article')
      .findFirst({ status: 'draft', filters: { slug: 'hip-pain-in-distance-runners' } as never });
    const expires = Date.now() + 60_000;
    const signature = signPreview(app.strapi, { uid: 'api::article.article', documentId: draft!.documentId, expires });
    const responses = await Promise.all([
      get('/api/articles/slug/no-such-article'),
      get('/api/search?q='),
      get('/api/articles').set('Authorization', `Bearer ${token}`),
      get(`/api/preview/article/${draft!.documentId}?expires=${expires}&signature=${signature}`),
    ]);
    expect(responses.map((response) => response.status)).toEqual([404, 400, 200, 200]);
    for (const response of responses) {
      expect(response.headers['cache-control'] ?? '').not.toMatch(/public/);
      expect(response.headers.etag).toBeUndefined();
    }
  });

  it('compresses large bodies with brotli or gzip, as the client accepts', async () => {
    const brotli = await get('/api/articles?populate=*').set('Accept-Encoding', 'br');
    expect(brotli.headers['content-encoding']).toBe('br');
    const gzip = await get('/api/articles?populate=*').set('Accept-Encoding', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.body.data.length).toBeGreaterThan(0);
    expect(gzip.headers.etag).toBe(brotli.headers.etag);
  });

  // Once read, answers come from the response cache before Koa, which negotiates by itself:
  // the client's weights first, brotli before gzip among equals, identity when nothing else is
  // acceptable.
  it.each([
    ['br', 'br'],
    ['gzip, deflate, br', 'br'],
    ['*', 'br'],
    ['br;q=0.5, gzip', 'gzip'],
    ['gzip;q=0, *', 'br'],
    ['BR;Q=0, gzip', 'gzip'],
    ['gzip;q=0.5, identity', 'identity'],
    ['gzip;q=0, br;q=0', 'identity'],
    ['*;q=0', 'identity'],
    ['deflate', 'identity'],
  ] as const)('a cached answer to Accept-Encoding: %s is sent as %s', async (acceptEncoding, expected) => {
    const path = `/api/articles/slug/${MAIN}`;
    const plain = await get(path);
    const hit = await rawGet(app, path, { 'Accept-Encoding': acceptEncoding });
    expect([hit.headers['x-cache'], hit.headers['content-encoding'] ?? 'identity']).toEqual(['HIT', expected]);
    const decode = { br: zlib.brotliDecompressSync, gzip: zlib.gunzipSync, identity: (bytes: Buffer) => bytes }[expected];
    expect(decode(hit.body).toString()).toBe(plain.text);
  });

  it.each([
    ['its ETag', (etag: string) => ({ 'If-None-Match': etag }), 304],
    ['its ETag in a list', (etag: string) => ({ 'If-None-Match': `"other", ${etag}` }), 304],
    ['its ETag marked weak (If-None-Match compares weakly)', (etag: string) => ({ 'If-None-Match': `W/${etag}` }), 304],
    ['*', () => ({ 'If-None-Match': '*' }), 304],
    ['other ETags only', () => ({ 'If-None-Match': 'W/"x", "y"' }), 200],
    ['its ETag and Cache-Control: no-cache', (etag: string) => ({ 'If-None-Match': etag, 'Cache-Control': 'no-cache' }), 200],
    // RFC 9110 would ignore If-Modified-Since here; Koa's `fresh` 0.5 does not. Either way the
    // cached answer must be the one the app gives.
    [
      'its ETag and If-Modified-Since',
      (etag: string) => ({ 'If-None-Match': etag, 'If-Modified-Since': new Date().toUTCString() }),
      undefined,
    ],
  ])('a request with %s is answered the same by the app and from the response cache', async (_name, conditions, expected) => {
    const path = `/api/articles/slug/${MAIN}`;
    const { etag } = (await get(path)).headers;
    // An Origin of its own is a cache key of its own: the first read is built by the app.
    const origin = `https://${crypto.randomUUID()}.example`;
    const miss = await get(path).set('Origin', origin).set(conditions(etag));
    const hit = await get(path).set('Origin', origin).set(conditions(etag));
    expect([miss.headers['x-cache'], hit.headers['x-cache']]).toEqual(['MISS', 'HIT']);
    expect(hit.status).toBe(miss.status);
    if (expected !== undefined) expect(miss.status).toBe(expected);
  });
});
