import { seedDemoContent } from '../../src/operations/seed/seed-demo-content';
import { createArticle, createTopic } from '../helpers/content';
import { graphql } from '../helpers/graphql';
import { useTestApp } from '../helpers/strapi';

const MAIN = 'why-runners-should-get-regular-massage';
const BRISTOL = { lat: 51.4545, lng: -2.5879 };

describe('GraphQL page queries', () => {
  const app = useTestApp();
  beforeAll(async () => {
    await seedDemoContent(app.strapi);
  });
  const query = async (document: string, variables: Record<string, unknown> = {}) => (await graphql(app, document, variables)).body;
  const errorOf = (body: { errors?: Array<{ message: string; extensions?: { code?: string } }> }) => body.errors?.[0];

  describe('articleBySlug', () => {
    it('returns the page with its relations and JSON-LD', async () => {
      const { data, errors } = await query(
        `query($slug: String!) {
        articleBySlug(slug: $slug) { title slug author { name } topics { slug } conditions { name } clinicLocations { name }
          medicalReview { reviewerName } sources { url } faq { question } jsonLd }
      }`,
        { slug: MAIN }
      );
      expect(errors).toBeUndefined();
      const article = data.articleBySlug;
      expect(article).toMatchObject({
        slug: MAIN,
        author: { name: expect.any(String) },
        medicalReview: { reviewerName: expect.any(String) },
      });
      for (const list of ['topics', 'conditions', 'clinicLocations', 'sources', 'faq']) expect(article[list].length).toBeGreaterThan(0);
      const types = article.jsonLd['@graph'].map((node: { '@type': string }) => node['@type']);
      expect(types).toEqual(expect.arrayContaining(['MedicalWebPage', 'Article', 'FAQPage']));
    });

    it('shows published relations only: no draft-only topic, no unpublished rename, no duplicates', async () => {
      const running = await createTopic(app.strapi, { name: 'Trail running' }, true);
      const secret = await createTopic(app.strapi, { name: 'Secret campaign' });
      await createArticle(app.strapi, { title: 'Trail shoes and sore calves', topics: [running.documentId, secret.documentId] }, true);
      await app.strapi.documents('api::topic.topic').update({ documentId: running.documentId, data: { name: 'Leaked rename' } as never });

      for (const root of ['articleBySlug(slug: "trail-shoes-and-sore-calves")', 'relatedArticles(slug: "trail-shoes-and-sore-calves")']) {
        const body = await query(`{ ${root} { title topics { name articles { title } } } }`);
        expect(JSON.stringify(body)).not.toMatch(/Secret campaign|Leaked rename/);
      }
      const { data } = await query(`{ articleBySlug(slug: "trail-shoes-and-sore-calves") { topics { name articles { title } } } }`);
      expect(data.articleBySlug.topics).toEqual([{ name: 'Trail running', articles: [{ title: 'Trail shoes and sore calves' }] }]);
    });

    it('is null for an unknown slug and for a draft', async () => {
      const { data } = await query(
        `{ unknown: articleBySlug(slug: "no-such-article") { title } draft: articleBySlug(slug: "hip-pain-in-distance-runners") { title } }`
      );
      expect(data).toEqual({ unknown: null, draft: null });
    });
  });

  describe('relatedArticles', () => {
    it('ranks published articles that share conditions or topics, never the article itself', async () => {
      const { data, errors } = await query(`{ relatedArticles(slug: "${MAIN}", limit: 3) { slug } }`);
      expect(errors).toBeUndefined();
      expect(data.relatedArticles).toHaveLength(3);
      expect(data.relatedArticles.map((article: { slug: string }) => article.slug)).not.toContain(MAIN);
    });

    it('refuses a limit above 20 with the REST message', async () => {
      const error = errorOf(await query(`{ relatedArticles(slug: "${MAIN}", limit: 500) { slug } }`));
      expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('"limit"') });
    });
  });

  describe('nearbyClinics', () => {
    it('orders clinics by distance and filters by service', async () => {
      const { data } = await query(
        `query($lat: Float!, $lng: Float!) {
        all: nearbyClinics(lat: $lat, lng: $lng, radiusKm: 100) { distanceKm clinic { slug address { city } } }
        gait: nearbyClinics(lat: $lat, lng: $lng, radiusKm: 100, service: "gait analysis") { clinic { slug } }
      }`,
        BRISTOL
      );
      expect(data.all.map((hit: { clinic: { slug: string } }) => hit.clinic.slug)).toEqual([
        'redland-run-clinic',
        'bathwick-sports-therapy',
        'pontcanna-sports-clinic',
      ]);
      const distances = data.all.map((hit: { distanceKm: number }) => hit.distanceKm);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      expect(distances[0]).toBeLessThan(5);
      expect(data.gait.map((hit: { clinic: { slug: string } }) => hit.clinic.slug)).toEqual([
        'redland-run-clinic',
        'pontcanna-sports-clinic',
      ]);
    });

    it('refuses coordinates off the globe with a clear message', async () => {
      const error = errorOf(await query(`{ nearbyClinics(lat: 95, lng: 0) { distanceKm } }`));
      expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('"lat"') });
    });
  });

  describe('search', () => {
    it('ranks and highlights like /api/search, and corrects typos', async () => {
      const { data, errors } = await query(`{
        exact: search(q: "plantar fasciitis", type: [condition, article], pageSize: 1) {
          hits { type slug snippet score path } pagination { page pageSize total pageCount } correctedQuery }
        typo: search(q: "plantr fascitis") { hits { slug } correctedQuery }
      }`);
      expect(errors).toBeUndefined();
      expect(data.exact.hits[0]).toMatchObject({ type: 'condition', slug: 'plantar-fasciitis', path: '/conditions/plantar-fasciitis' });
      expect(data.exact.hits).toHaveLength(1);
      expect(data.exact.pagination).toMatchObject({ page: 1, pageSize: 1 });
      expect(data.exact.pagination.total).toBeGreaterThan(1);
      expect(data.exact.hits.some((hit: { snippet: string }) => hit.snippet.includes('<mark>'))).toBe(true);
      expect(data.typo).toMatchObject({
        correctedQuery: 'plantar fasciitis',
        hits: [{ slug: 'plantar-fasciitis' }, ...data.typo.hits.slice(1)],
      });
    });

    it('refuses an empty query and an oversized page', async () => {
      expect(errorOf(await query(`{ search(q: " ") { query } }`))).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: expect.stringContaining('"q"'),
      });
      expect(errorOf(await query(`{ search(q: "massage", pageSize: 500) { query } }`))?.message).toMatch(/"pageSize"/);
    });

    it('never finds a draft', async () => {
      await createArticle(app.strapi, { title: 'Unpublished glorptendon notes' });
      const { data } = await query(`{ search(q: "glorptendon") { hits { slug } pagination { total } } }`);
      expect(data.search).toEqual({ hits: [], pagination: { total: 0 } });
    });
  });
});
