import { seedDemoContent } from '../../src/operations/seed/seed-demo-content';
import { useTestApp } from '../helpers/strapi';
import { createArticle } from '../helpers/content';

type Card = { slug: string; title: string; relevance?: number; publishedAt: string };
type GraphNode = Record<string, unknown> & { '@type': string };
const MAIN = 'why-runners-should-get-regular-massage';

describe('page endpoints for front-ends', () => {
  const app = useTestApp({ env: { FRONTEND_URL: 'https://www.stride.example' } });
  beforeAll(async () => {
    await seedDemoContent(app.strapi);
  });
  const get = (path: string, query: Record<string, unknown> = {}) => app.http().get(path).query(query);

  describe('GET /api/articles/slug/:slug', () => {
    it('returns the whole page in one request, without private fields', async () => {
      const response = await get(`/api/articles/slug/${MAIN}`);
      expect(response.status).toBe(200);
      const article = response.body.data;
      expect(article).toMatchObject({
        slug: MAIN,
        author: { name: expect.any(String) },
        medicalReview: { reviewerName: expect.any(String) },
      });
      for (const list of ['topics', 'benefits', 'conditions', 'clinicLocations', 'sources', 'faq'])
        expect(article[list].length).toBeGreaterThan(0);
      expect(article.clinicLocations[0].address.city).toBeTruthy();
      expect(article.seo.metaDescription).toBeTruthy();
      expect(JSON.stringify(article)).not.toMatch(/importSource/);
    });

    it('carries schema.org JSON-LD: MedicalWebPage reviewed by, Article with citations, FAQPage', async () => {
      const { meta, data } = (await get(`/api/articles/slug/${MAIN}`)).body;
      expect(meta.jsonLd['@context']).toBe('https://schema.org');
      const byType = Object.fromEntries((meta.jsonLd['@graph'] as GraphNode[]).map((node) => [node['@type'], node]));
      expect(byType.MedicalWebPage).toMatchObject({
        url: `https://www.stride.example/articles/${MAIN}`,
        lastReviewed: data.medicalReview.reviewedOn,
        reviewedBy: { '@type': 'Person', name: data.medicalReview.reviewerName },
        about: expect.arrayContaining([expect.objectContaining({ '@type': 'MedicalCondition' })]),
      });
      expect(byType.Article).toMatchObject({
        headline: data.title,
        author: { '@type': 'Person', name: data.author.name },
        datePublished: data.publishedAt,
        citation: expect.arrayContaining([expect.objectContaining({ '@type': 'CreativeWork', url: data.sources[0].url })]),
      });
      expect((byType.FAQPage.mainEntity as unknown[]).length).toBe(data.faq.length);
    });

    it('an unknown slug and a draft are both a JSON 404', async () => {
      for (const slug of ['no-such-article', 'hip-pain-in-distance-runners']) {
        const response = await get(`/api/articles/slug/${slug}`);
        expect(response.status).toBe(404);
        expect(response.body.error).toMatchObject({ status: 404, name: 'NotFoundError', message: expect.stringContaining(slug) });
      }
    });
  });

  describe('GET /api/articles/slug/:slug/related', () => {
    it('ranks published articles by shared conditions and topics, never itself or a draft', async () => {
      const response = await get(`/api/articles/slug/${MAIN}/related`, { limit: 10 });
      expect(response.status).toBe(200);
      const related: Card[] = response.body.data;
      expect(related.length).toBeGreaterThan(2);
      expect(related.map((card) => card.slug)).not.toContain(MAIN);
      expect(related.map((card) => card.slug)).not.toContain('hip-pain-in-distance-runners');
      const scores = related.map((card) => card.relevance as number);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(scores.every((score) => score > 0)).toBe(true);
    });

    it('honours the limit and refuses a bad one', async () => {
      expect((await get(`/api/articles/slug/${MAIN}/related`, { limit: 2 })).body.data).toHaveLength(2);
      const bad = await get(`/api/articles/slug/${MAIN}/related`, { limit: 500 });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/limit/);
    });

    it('an article sharing nothing has no related articles', async () => {
      await createArticle(app.strapi, { title: 'Lonely post' }, true);
      expect((await get('/api/articles/slug/lonely-post/related')).body.data).toEqual([]);
    });
  });

  describe('topic, condition and benefit pages', () => {
    it('a topic page lists its published articles newest first, paginated', async () => {
      const first = await get('/api/topics/slug/running', { page: 1, pageSize: 2 });
      expect(first.status).toBe(200);
      expect(first.body.data).toMatchObject({ name: 'Running', slug: 'running' });
      expect(first.body.data.articles).toHaveLength(2);
      expect(first.body.meta.pagination).toMatchObject({ page: 1, pageSize: 2, total: expect.any(Number) });
      const second = await get('/api/topics/slug/running', { page: 2, pageSize: 2 });
      const dates = [...first.body.data.articles, ...second.body.data.articles].map((card: Card) => Date.parse(card.publishedAt));
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
    });

    it('a condition page has its aliases, benefits, articles and MedicalCondition JSON-LD', async () => {
      const response = await get('/api/conditions/slug/runners-knee');
      expect(response.status).toBe(200);
      expect(response.body.data.alsoKnownAs.map((alias: { name: string }) => alias.name)).toContain('patellofemoral pain');
      expect(response.body.meta.jsonLd).toMatchObject({
        '@type': 'MedicalCondition',
        name: "Runner's knee",
        alternateName: expect.arrayContaining(['patellofemoral pain']),
      });
    });

    it('a benefit page lists the conditions it helps', async () => {
      const response = await get('/api/benefits/slug/reduced-muscle-soreness');
      expect(response.status).toBe(200);
      expect(response.body.data.conditions.length).toBeGreaterThan(0);
      expect(response.body.data.articles.length).toBeGreaterThan(0);
    });

    it.each([
      ['/api/topics/slug/nope', {}, 404],
      ['/api/conditions/slug/nope', {}, 404],
      ['/api/benefits/slug/nope', {}, 404],
      ['/api/topics/slug/running', { page: 0 }, 400],
      ['/api/topics/slug/running', { pageSize: 1000 }, 400],
      ['/api/topics/slug/running', { page: 'two' }, 400],
    ])('%s %j answers %i with a JSON error', async (path, query, status) => {
      const response = await get(path, query);
      expect(response.status).toBe(status);
      expect(response.body.error.status).toBe(status);
    });
  });

  describe('GET /api/clinic-locations/nearby', () => {
    const templeMeads = { lat: '51.4491', lng: '-2.5813' };

    it('orders clinics by great-circle distance and gives each distance', async () => {
      const response = await get('/api/clinic-locations/nearby', { ...templeMeads, radiusKm: 100 });
      expect(response.status).toBe(200);
      const clinics = response.body.data as Array<{ name: string; distanceKm: number; address: { city: string } }>;
      expect(clinics.map((clinic) => clinic.address.city)).toEqual(['Bristol', 'Bath', 'Cardiff']);
      expect(clinics[0].distanceKm).toBeGreaterThan(1);
      expect(clinics[0].distanceKm).toBeLessThan(5);
      expect(clinics[1].distanceKm).toBeGreaterThan(15);
      expect(clinics[1].distanceKm).toBeLessThan(22);
      expect(response.body.meta).toMatchObject({ radiusKm: 100, count: 3 });
    });

    it('keeps to the radius', async () => {
      const response = await get('/api/clinic-locations/nearby', { ...templeMeads, radiusKm: 10 });
      expect(response.body.data.map((clinic: { address: { city: string } }) => clinic.address.city)).toEqual(['Bristol']);
    });

    it('filters by a service, case-insensitively', async () => {
      const all = (await get('/api/clinic-locations/nearby', { ...templeMeads, radiusKm: 100 })).body.data as Array<{
        services: Array<{ name: string }>;
        name: string;
      }>;
      const service = all[2].services[0].name;
      const offering = all
        .filter((clinic) => clinic.services.some((s) => s.name.toLowerCase() === service.toLowerCase()))
        .map((c) => c.name);
      const response = await get('/api/clinic-locations/nearby', { ...templeMeads, radiusKm: 100, service: service.toUpperCase() });
      expect(response.body.data.map((clinic: { name: string }) => clinic.name)).toEqual(offering);
    });

    it('each clinic carries MedicalClinic JSON-LD with geo and opening hours', async () => {
      const [nearest] = (await get('/api/clinic-locations/nearby', { ...templeMeads })).body.data;
      expect(nearest.jsonLd).toMatchObject({
        '@type': 'MedicalClinic',
        geo: { '@type': 'GeoCoordinates', latitude: nearest.latitude, longitude: nearest.longitude },
        address: { '@type': 'PostalAddress', addressLocality: 'Bristol' },
      });
      expect(nearest.jsonLd.openingHoursSpecification[0].dayOfWeek).toMatch(/^https:\/\/schema.org\/[A-Z][a-z]+day$/);
    });

    it.each([
      [{ lng: '-2.58' }, /"lat"/],
      [{ lat: '95', lng: '0' }, /"lat" must be a number from -90 to 90/],
      [{ lat: '51', lng: 'east' }, /"lng"/],
      [{ lat: '51', lng: '-2', radiusKm: '0' }, /radiusKm/],
      [{ lat: '51', lng: '-2', radiusKm: '100000' }, /radiusKm/],
    ])('bad coordinates %j are a 400 with a clear message', async (query, message) => {
      const response = await get('/api/clinic-locations/nearby', query);
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({ status: 400, name: 'ValidationError', message: expect.stringMatching(message) });
    });

    it('a clinic by slug has its JSON-LD too', async () => {
      const response = await get('/api/clinic-locations/slug/redland-run-clinic');
      expect(response.status).toBe(200);
      expect(response.body.meta.jsonLd['@type']).toBe('MedicalClinic');
    });
  });
});
