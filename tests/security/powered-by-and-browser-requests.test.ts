import fs from 'fs';
import path from 'path';
import { useTestApp } from '../helpers/strapi';
import { createArticle } from '../helpers/content';

const PUBLIC_DIR = path.join(__dirname, '..', '..', 'public');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('in production: no X-Powered-By, and what a browser asks for by itself is there', () => {
  const app = useTestApp({ env: { NODE_ENV: 'production' } });

  beforeAll(async () => {
    await createArticle(app.strapi, { title: 'Foam rolling' }, true);
  });

  it.each([
    ['an API answer', '/api/articles', 200],
    ['a page', '/', 200],
    ['crawler rules', '/robots.txt', 200],
    ['a missing route', '/api/nothing-here', 404],
    ['a refused query', '/api/articles?filters[nope][$eq]=1', 400],
  ])('%s (%s) does not say what serves it', async (_what, url, status) => {
    // Twice: the second answer may come from the response cache, which replays stored headers.
    for (let n = 0; n < 2; n += 1) {
      const response = await app.http().get(url);
      expect(response.status).toBe(status);
      expect(response.headers['x-powered-by']).toBeUndefined();
    }
  });

  it("/favicon.ico is the project's own icon", async () => {
    const response = await app.http().get('/favicon.ico');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/x-icon');
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(Buffer.compare(response.body, fs.readFileSync(path.join(PUBLIC_DIR, 'favicon.ico')))).toBe(0);
  });

  it('/apple-touch-icon.png is a PNG', async () => {
    const response = await app.http().get('/apple-touch-icon.png');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.body.subarray(0, PNG_SIGNATURE.length)).toEqual(PNG_SIGNATURE);
  });

  it('/robots.txt is plain text pointing at the sitemap', async () => {
    const response = await app.http().get('/robots.txt');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(response.text).toMatch(/^Sitemap: http.*\/sitemap\.xml$/m);
  });

  it.each([
    '/favicon.ico',
    '/apple-touch-icon.png',
    '/apple-touch-icon-precomposed.png',
    '/robots.txt',
    '/sitemap.xml',
    '/manifest.json',
    '/browserconfig.xml',
  ])('%s is never a server error, asked for with GET or HEAD', async (url) => {
    expect((await app.http().get(url)).status).toBeLessThan(500);
    expect((await app.http().head(url)).status).toBeLessThan(500);
  });
  it.each([
    ['POST', '/articles/some-article'],
    ['PUT', '/feed.xml'],
    ['DELETE', '/api/openapi.json'],
    ['POST', '/editorial/articles//check'],
    ['PATCH', '/'],
  ])('%s %s, a method the path does not take, is a JSON 405 that says which methods it does', async (method, url) => {
    const response = await app.http()[method.toLowerCase() as 'post' | 'put' | 'delete' | 'patch'](url);
    expect(response.status).toBe(405);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toMatchObject({ data: null, error: { status: 405, name: 'MethodNotAllowedError' } });
    expect(response.headers.allow).toMatch(/GET/);
  });
});
