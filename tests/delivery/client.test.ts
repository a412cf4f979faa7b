import type { AddressInfo } from 'net';
import { createWellnessClient, WellnessApiError, type WellnessClient } from '../../client';
import { previewUrl } from '../../src/editorial/preview/preview-links';
import { seedDemoContent } from '../../src/operations/seed/seed-demo-content';
import { useTestApp } from '../helpers/strapi';

const MAIN = 'why-runners-should-get-regular-massage';
const DRAFT = 'hip-pain-in-distance-runners';
const BRISTOL = { lat: 51.4545, lng: -2.5879 };

/** The rejection a call ends in, for assertions on its status, name and message. */
const failureOf = async (call: Promise<unknown>) => {
  const error = await call.then(
    () => undefined,
    (reason: unknown) => reason
  );
  expect(error).toBeInstanceOf(WellnessApiError);
  return error as WellnessApiError;
};

describe('the typed client against the running app', () => {
  const app = useTestApp({ env: { FRONTEND_URL: 'https://www.stride.example' } });
  let client: WellnessClient;

  beforeAll(async () => {
    await seedDemoContent(app.strapi);
    const { port } = app.strapi.server.httpServer.address() as AddressInfo;
    // A trailing slash, as a configured base URL often has, must not double up in paths.
    client = createWellnessClient({ baseUrl: `http://127.0.0.1:${port}/` });
  });

  it('latestArticles lists published cards newest first, and narrows them to a topic', async () => {
    const all = await client.latestArticles({ pageSize: 4 });
    expect(all.data).toHaveLength(4);
    expect(all.meta.pagination).toMatchObject({ page: 1, pageSize: 4, total: 6, pageCount: 2 });
    const dates = all.data.map((card) => Date.parse(card.publishedAt));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(all.data[0]).toMatchObject({ slug: MAIN, readingTimeMinutes: expect.any(Number), author: { name: expect.any(String) } });
    expect(all.data[0].topics.map((topic) => topic.slug)).toContain('running');

    const recovery = await client.latestArticles({ topic: 'recovery' });
    expect(recovery.meta.pagination.total).toBeLessThan(6);
    expect(recovery.data.every((card) => card.topics.some((topic) => topic.slug === 'recovery'))).toBe(true);
    expect((await client.latestArticles({ page: 2, pageSize: 4 })).data).toHaveLength(2);
  });

  it('topics lists every published topic by name', async () => {
    const { data } = await client.topics();
    const names = data.map((topic) => topic.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(data.map((topic) => topic.slug)).toEqual(expect.arrayContaining(['running', 'recovery']));
  });

  it('article returns the whole page, its JSON-LD and where its review stands', async () => {
    const { data, meta } = await client.article(MAIN);
    expect(data).toMatchObject({ slug: MAIN, medicalReview: { reviewerName: expect.any(String) }, author: { name: expect.any(String) } });
    expect(data.body?.[0].type).toBe('paragraph');
    expect(data.clinicLocations[0].address?.city).toBeTruthy();
    const article = meta.jsonLd['@graph']?.find((node) => node['@type'] === 'Article');
    expect(article).toMatchObject({ headline: data.title });
    // The review cycle, typed: the demo's reviews are recent.
    expect(meta.review).toMatchObject({ lastReviewed: data.medicalReview?.reviewedOn, status: 'current' });
    expect(meta.robots).toBe('index');
  });

  it('redirects lists old addresses, and an old slug leads article() to the page it moved to', async () => {
    await app.strapi
      .documents('api::redirect.redirect')
      .create({ data: { from: '/articles/massage-for-runners', to: `/articles/${MAIN}` } });
    const { data } = await client.redirects();
    expect(data).toContainEqual({ from: '/articles/massage-for-runners', to: `/articles/${MAIN}`, statusCode: 301 });
    expect((await client.article('massage-for-runners')).data.slug).toBe(MAIN);
  });

  it('relatedArticles ranks other published articles and honours the limit', async () => {
    const { data, meta } = await client.relatedArticles(MAIN, 2);
    expect(meta.limit).toBe(2);
    expect(data).toHaveLength(2);
    expect(data.map((card) => card.slug)).not.toContain(MAIN);
    expect(data[0].relevance).toBeGreaterThanOrEqual(data[1].relevance);
  });

  it('topic, condition and benefit return the term with a page of its articles', async () => {
    const topic = await client.topic('running', { page: 2, pageSize: 2 });
    expect(topic.data).toMatchObject({ name: 'Running', slug: 'running' });
    expect(topic.meta.pagination).toMatchObject({ page: 2, pageSize: 2 });

    const condition = await client.condition('shin-splints');
    expect(condition.data.alsoKnownAs.map((alias) => alias.name)).toContain('MTSS');
    expect(condition.data.articles.map((card) => card.slug)).toContain('shin-splints-in-new-runners');
    expect(condition.meta.jsonLd).toMatchObject({ '@type': 'MedicalCondition' });

    const benefit = await client.benefit('pain-relief', { pageSize: 1 });
    expect(benefit.data.conditions.length).toBeGreaterThan(0);
    expect(benefit.data.articles).toHaveLength(1);
  });

  it('clinic returns hours, services and MedicalClinic JSON-LD', async () => {
    const { data, meta } = await client.clinic('redland-run-clinic');
    expect(data.address?.city).toBe('Bristol');
    expect(data.openingHours.length).toBeGreaterThan(0);
    expect(data.services.map((service) => service.name)).toContain('Sports massage');
    expect(meta.jsonLd['@type']).toBe('MedicalClinic');
  });

  it('nearbyClinics orders clinics by distance and filters by service', async () => {
    const { data, meta } = await client.nearbyClinics({ ...BRISTOL, radiusKm: 100 });
    expect(meta).toMatchObject({ radiusKm: 100, count: data.length, service: null });
    expect(data[0].address?.city).toBe('Bristol');
    const distances = data.map((clinic) => clinic.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));

    const gait = await client.nearbyClinics({ ...BRISTOL, radiusKm: 100, service: 'gait analysis' });
    expect(gait.data.length).toBeGreaterThan(0);
    expect(gait.data.every((clinic) => clinic.services.some((service) => service.name === 'Gait analysis'))).toBe(true);
  });

  it('search returns typed hits with highlighted snippets, and the corrected query for a typo', async () => {
    const { data, meta } = await client.search({ q: 'massage', type: ['article', 'benefit'], pageSize: 3 });
    expect(data.length).toBeGreaterThan(0);
    expect(meta.pagination.pageSize).toBe(3);
    expect(data.every((hit) => ['article', 'benefit'].includes(hit.type) && hit.path.endsWith(`/${hit.slug}`))).toBe(true);
    expect(data[0].snippet).toMatch(/<mark>massage<\/mark>/i);

    const typo = await client.search({ q: 'plantar fasciitus' });
    expect(typo.meta.correctedQuery).toBe('plantar fasciitis');
    expect(typo.data.map((hit) => hit.slug)).toContain('plantar-fasciitis');
  });

  it('preview opens a draft with a signed link, and refuses a tampered one with the API message', async () => {
    const draft = await app.strapi.documents('api::article.article').findFirst({ filters: { slug: DRAFT }, status: 'draft' });
    const link = new URL(previewUrl(app.strapi, 'api::article.article', draft!.documentId));
    const params = {
      documentId: draft!.documentId,
      expires: link.searchParams.get('expires')!,
      signature: link.searchParams.get('signature')!,
    };

    const { data, meta } = await client.preview({ type: 'article', ...params });
    expect(data).toMatchObject({ slug: DRAFT, publishedAt: null });
    expect(meta.preview).toBe(true);

    const refused = await failureOf(client.preview({ type: 'article', ...params, signature: 'tampered' }));
    expect(refused).toMatchObject({ status: 403, name: 'ForbiddenError', message: 'This preview link is not valid.' });
  });

  it('an unknown slug is a WellnessApiError 404 carrying the API message', async () => {
    const error = await failureOf(client.article('no-such-article'));
    expect(error).toMatchObject({ status: 404, name: 'NotFoundError' });
    expect(error.message).toContain('no-such-article');
    expect((await failureOf(client.clinic('nowhere'))).status).toBe(404);
  });

  it('bad input is a WellnessApiError 400 that says what is wrong', async () => {
    expect(await failureOf(client.nearbyClinics({ lat: 123, lng: 0 }))).toMatchObject({
      status: 400,
      name: 'ValidationError',
      message: expect.stringContaining('"lat"'),
    });
    expect((await failureOf(client.relatedArticles(MAIN, 500))).message).toMatch(/limit/);
    expect((await failureOf(client.search({ q: '' }))).status).toBe(400);
  });

  it('an answer that is not JSON still becomes a WellnessApiError with the HTTP status', async () => {
    const behindBrokenProxy = createWellnessClient({
      baseUrl: 'https://cms.example',
      fetch: async () => ({ ok: false, status: 502, statusText: 'Bad Gateway', text: async () => '<html>upstream down</html>' }),
    });
    expect(await failureOf(behindBrokenProxy.topics())).toMatchObject({ status: 502, name: 'HttpError', message: 'Bad Gateway' });
  });
});
