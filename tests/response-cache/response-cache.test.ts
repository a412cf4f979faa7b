import zlib from 'zlib';
import { seedDemoContent } from '../../src/operations/seed/seed-demo-content';
import { rawGet } from '../helpers/cache-reads';
import { createFullAccessToken } from '../helpers/content';
import { useTestApp } from '../helpers/strapi';

const MAIN = 'why-runners-should-get-regular-massage';
const ARTICLE_PAGE = `/api/articles/slug/${MAIN}`;
const LIST = '/api/articles?populate[topics][fields][0]=name&sort=publishedAt:desc&pagination[pageSize]=5';

describe('Response cache of public reads', () => {
  const app = useTestApp({ env: { CORS_ORIGINS: 'https://clinic.example,https://other.example' } });
  let token: string;
  beforeAll(async () => {
    await seedDemoContent(app.strapi);
    token = await createFullAccessToken(app.strapi);
  });
  const get = (path: string) => app.http().get(path);
  it('answers a repeated public read from the cache with the same body and headers', async () => {
    const miss = await get(LIST).set('Origin', 'https://clinic.example');
    expect(miss.status).toBe(200);
    expect(miss.headers['x-cache']).toBe('MISS');
    const hit = await get(LIST).set('Origin', 'https://clinic.example');
    expect(hit.headers['x-cache']).toBe('HIT');
    expect(hit.text).toBe(miss.text);
    for (const header of [
      'content-type',
      'etag',
      'cache-control',
      'vary',
      'access-control-allow-origin',
      'access-control-allow-credentials',
      'content-security-policy',
      'x-frame-options',
      'strict-transport-security',
      'x-content-type-options',
      'referrer-policy',
    ]) {
      expect([header, hit.headers[header]]).toEqual([header, miss.headers[header]]);
    }
    expect(hit.headers['access-control-allow-origin']).toBe('https://clinic.example');
  });

  it('keys on the normalised query: parameter order and spelling do not matter, values do', async () => {
    await get('/api/topics?sort=name:asc&pagination[pageSize]=2');
    const reordered = await get('/api/topics?pagination%5BpageSize%5D=2&sort=name%3Aasc');
    expect(reordered.headers['x-cache']).toBe('HIT');
    const otherPage = await get('/api/topics?sort=name:asc&pagination[pageSize]=2&pagination[page]=2');
    expect(otherPage.headers['x-cache']).toBe('MISS');
    expect(otherPage.body.meta.pagination.page).toBe(2);
    const otherLocale = await get('/api/topics?sort=name:asc&pagination[pageSize]=2&locale=en');
    expect(otherLocale.headers['x-cache']).toBe('MISS');
  });

  it('gives each Origin its own CORS headers, and none to origins that are not allowed', async () => {
    await get(ARTICLE_PAGE).set('Origin', 'https://clinic.example');
    const other = await get(ARTICLE_PAGE).set('Origin', 'https://other.example');
    expect(other.headers['access-control-allow-origin']).toBe('https://other.example');
    for (let round = 0; round < 2; round += 1) {
      const stranger = await get(ARTICLE_PAGE).set('Origin', 'https://evil.example');
      expect(stranger.headers['x-cache']).toBe(round === 0 ? 'MISS' : 'HIT');
      expect(stranger.headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  it('serves hits compressed as the client asks, and 304 when the ETag matches', async () => {
    const miss = await get(ARTICLE_PAGE);
    for (const [encoding, decode] of [
      ['br', zlib.brotliDecompressSync],
      ['gzip', zlib.gunzipSync],
    ] as const) {
      // Raw bytes: supertest would decompress them itself.
      const hit = await rawGet(app, ARTICLE_PAGE, { 'Accept-Encoding': encoding });
      expect(hit.headers['x-cache']).toBe('HIT');
      expect(hit.headers['content-encoding']).toBe(encoding);
      expect(decode(hit.body).toString()).toBe(miss.text);
    }
    const notModified = await get(ARTICLE_PAGE).set('If-None-Match', miss.headers.etag);
    expect(notModified.status).toBe(304);
    expect(notModified.headers['x-cache']).toBe('HIT');
    const head = await app.http().head(ARTICLE_PAGE);
    expect(head.status).toBe(200);
    expect(head.headers.etag).toBe(miss.headers.etag);
  });

  it('never keeps authenticated reads, drafts or errors', async () => {
    const auth = { Authorization: `Bearer ${token}` };
    for (let round = 0; round < 2; round += 1) {
      const authenticated = await get(ARTICLE_PAGE).set(auth);
      expect(authenticated.status).toBe(200);
      expect(authenticated.headers['x-cache']).toBeUndefined();
      const draft = await get('/api/articles?status=draft');
      expect(draft.status).toBe(403);
      expect(draft.headers['x-cache']).toBeUndefined();
      const missing = await get('/api/articles/slug/no-such-article');
      expect(missing.status).toBe(404);
      expect(missing.headers['x-cache']).toBeUndefined();
      const badQuery = await get('/api/articles?nonsense=1');
      expect(badQuery.status).toBe(400);
      expect(badQuery.headers['x-cache']).toBeUndefined();
    }
    // A malformed escape cannot be keyed: Strapi answers it (the value taken literally, so
    // nothing matches) and nothing is kept.
    for (let round = 0; round < 2; round += 1) {
      const malformed = await get('/api/articles?filters%5Bslug%5D%5B%24eq%5D=%E0%A4%A');
      expect(malformed.status).toBe(200);
      expect(malformed.body.data).toEqual([]);
      expect(malformed.headers['x-cache']).toBeUndefined();
    }
    const drafts = await get('/api/articles?status=draft').set(auth);
    expect(drafts.status).toBe(200);
    expect(drafts.headers['x-cache']).toBeUndefined();
  });
});
