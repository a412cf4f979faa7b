import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { seedDemoContent } from '../../src/operations/seed/seed-demo-content';
import { useTestApp } from '../helpers/strapi';
import { createArticle } from '../helpers/content';

const parse = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'category', 'sitemap'].includes(name) }).parse(xml);
};

describe('feed, sitemap and robots.txt', () => {
  const app = useTestApp({ env: { FRONTEND_URL: 'https://www.stride.example', SITE_NAME: 'Stride & Co' } });
  beforeAll(async () => {
    await seedDemoContent(app.strapi);
    await createArticle(app.strapi, { title: 'Hidden from search <b>', seo: { noIndex: true } }, true);
  });

  it('/feed.xml is valid RSS 2.0 of the latest published articles, newest first, escaped', async () => {
    const response = await app.http().get('/feed.xml');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/application\/rss\+xml/);
    const { rss } = parse(response.text);
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.title).toBe('Stride & Co');
    const items = rss.channel.item as Array<{ title: string; link: string; pubDate: string }>;
    expect(items.length).toBe(7);
    expect(items.map((item) => item.title)).toContain('Hidden from search <b>');
    expect(items.map((item) => item.title)).not.toContain('Hip pain in distance runners: when to get it checked');
    expect(items[1].link).toMatch(/^https:\/\/www\.stride\.example\/articles\//);
    const dates = items.map((item) => Date.parse(item.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('/feed.xml?topic= narrows to one topic; an unknown topic is a JSON 404 and a bad one a 400', async () => {
    const { rss } = parse((await app.http().get('/feed.xml').query({ topic: 'recovery' })).text);
    expect(rss.channel.title).toBe('Stride & Co: Recovery');
    for (const item of rss.channel.item as Array<{ category: string[] }>) expect(item.category).toContain('Recovery');
    const unknown = await app.http().get('/feed.xml').query({ topic: 'nope' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.status).toBe(404);
    expect((await app.http().get('/feed.xml').query({ topic: '<script>' })).status).toBe(400);
  });

  it('/sitemap.xml lists every public page with lastmod, and nothing unpublished or noindex', async () => {
    const response = await app.http().get('/sitemap.xml');
    expect(response.status).toBe(200);
    const urls = (parse(response.text).urlset.url as Array<{ loc: string; lastmod: string }>).map((url) => url.loc);
    expect(urls).toContain('https://www.stride.example/');
    expect(urls).toContain('https://www.stride.example/articles/why-runners-should-get-regular-massage');
    expect(urls).toContain('https://www.stride.example/topics/recovery');
    expect(urls).toContain('https://www.stride.example/conditions/plantar-fasciitis');
    expect(urls).toContain('https://www.stride.example/benefits/reduced-muscle-soreness');
    expect(urls).toContain('https://www.stride.example/clinics/redland-run-clinic');
    expect(urls).not.toContain('https://www.stride.example/articles/hip-pain-in-distance-runners');
    expect(urls.some((url) => url.includes('hidden-from-search'))).toBe(false);
    expect(urls).toHaveLength(1 + 6 + 6 + 8 + 8 + 3);
  });

  it('/robots.txt points crawlers at the sitemap and away from the admin', async () => {
    const response = await app.http().get('/robots.txt');
    expect(response.status).toBe(200);
    expect(response.text).toMatch(/^Disallow: \/admin$/m);
    expect(response.text).toMatch(/^Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml$/m);
  });
  it('are routes of src/api/feed: the same answers under /api, each linking to the address asked for', async () => {
    const selfLink = (xml: string) => parse(xml).rss.channel['atom:link']['@_href'] as string;
    const atRoot = await app.http().get('/feed.xml').query({ topic: 'recovery' });
    const underApi = await app.http().get('/api/feed.xml').query({ topic: 'recovery' });
    expect(underApi.status).toBe(200);
    expect(selfLink(atRoot.text)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/feed\.xml\?topic=recovery$/);
    expect(selfLink(underApi.text)).toMatch(/\/api\/feed\.xml\?topic=recovery$/);
    expect(underApi.text.replace(selfLink(underApi.text), '')).toBe(atRoot.text.replace(selfLink(atRoot.text), ''));
    for (const path of ['/sitemap.xml', '/robots.txt']) {
      const [root, prefixed] = await Promise.all([app.http().get(path), app.http().get(`/api${path}`)]);
      expect([root.status, prefixed.text]).toEqual([200, root.text]);
    }
    // Only the listed paths are served at the root: other content-API routes stay under /api.
    expect((await app.http().get('/openapi.json')).status).toBe(404);
  });
});
