import { useTestApp } from '../helpers/strapi';
import { createArticle, createFullAccessToken, createTopic } from '../helpers/content';
import { graphql } from '../helpers/graphql';
import { previewUrl } from '../../src/editorial/preview/preview-links';

// Every unpublished word below contains this marker; no public answer may ever contain it.
const MARKER = 'Zanzibarquill';

const createReadOnlyToken = async (app: ReturnType<typeof useTestApp>) =>
  (await app.strapi.service('admin::api-token').create({ name: `read-only-${Date.now()}`, type: 'read-only', lifespan: null }))
    .accessKey as string;

describe('nothing unpublished reaches the public, whichever way it is asked for', () => {
  const app = useTestApp();
  let pending: { documentId: string; slug: string };
  let draftOnly: { documentId: string; slug: string };
  let fullAccess: string;

  beforeAll(async () => {
    const topic = await createTopic(app.strapi, { name: 'Achilles' }, true);
    const draftTopic = await createTopic(app.strapi, { name: `${MARKER} campaign` });
    const benefit = await app.strapi
      .documents('api::benefit.benefit')
      .create({ data: { name: 'Tendon load tolerance' } as never, status: 'published' });
    const condition = await app.strapi.documents('api::condition.condition').create({
      data: { name: 'Achilles tendinopathy', bodyRegion: 'lower_leg', benefits: [benefit.documentId] } as never,
      status: 'published',
    });
    pending = (await createArticle(
      app.strapi,
      { title: 'Achilles loading basics', topics: [topic.documentId], conditions: [condition.documentId] },
      true
    )) as never;
    await app.strapi
      .documents('api::article.article')
      .update({ documentId: pending.documentId, data: { title: `${MARKER} rewrite`, excerpt: `${MARKER} excerpt` } as never });
    draftOnly = (await createArticle(app.strapi, {
      title: `${MARKER} launch`,
      topics: [topic.documentId, draftTopic.documentId],
      conditions: [condition.documentId],
    })) as never;
    await app.strapi
      .documents('api::clinic-location.clinic-location')
      .create({ data: { name: `${MARKER} clinic`, latitude: 51.45, longitude: -2.59 } as never });
    fullAccess = await createFullAccessToken(app.strapi);
  });

  const expectNoMarker = (response: { status: number; text: string }) => {
    expect(response.status).toBeLessThan(500);
    expect(response.text).not.toContain(MARKER);
  };

  it.each([
    '/feed.xml',
    '/feed.xml?topic=achilles',
    '/sitemap.xml',
    '/api/feed.xml?topic=achilles',
    '/api/sitemap.xml',
    '/api/topics/slug/achilles',
    '/api/conditions/slug/achilles-tendinopathy',
    '/api/articles/cards?pageSize=100',
    '/api/benefits?populate[conditions][populate][articles]=true',
    '/api/conditions?populate[articles][populate][topics]=true',
    '/api/clinic-locations/nearby?lat=51.45&lng=-2.59&radiusKm=10',
    '/api/clinic-locations',
    '/api/articles?filters[publishedAt][$null]=true',
    '/api/articles?filters[title][$containsi]=zanzibar',
    '/api/articles?filters[topics][name][$containsi]=zanzibar',
    '/api/search?q=launch',
  ])('%s shows no unpublished content', async (path) => {
    expectNoMarker(await app.http().get(path));
  });

  it('searching for an unpublished word finds nothing', async () => {
    const response = await app.http().get(`/api/search?q=${MARKER}`);
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual([]);
    expect(response.body.meta.pagination.total).toBe(0);
  });

  it('the page, the related list and the id of a draft-only article are 404s', async () => {
    for (const path of [
      `/api/articles/slug/${draftOnly.slug}`,
      `/api/articles/slug/${draftOnly.slug}/related`,
      `/api/articles/${draftOnly.documentId}`,
    ]) {
      const response = await app.http().get(path);
      expect(response.status).toBe(404);
      expectNoMarker(response);
    }
    const related = await app.http().get(`/api/articles/slug/${pending.slug}/related`);
    expect(related.status).toBe(200);
    expectNoMarker(related);
  });

  it('parameters of the admin panel that reach drafts are refused', async () => {
    for (const query of ['hasPublishedVersion=false', 'publicationFilter=never-published', 'status=draft', 'status=modified']) {
      const response = await app.http().get(`/api/articles?${query}`);
      expect([400, 403]).toContain(response.status);
      expectNoMarker(response);
    }
  });

  it('GraphQL finds no draft through connections, nested relations or filters', async () => {
    const response = await graphql(
      app,
      `
        {
          articles_connection(filters: { title: { containsi: "zanzibar" } }) {
            nodes {
              title
            }
            pageInfo {
              total
            }
          }
          benefits(pagination: { pageSize: 5 }) {
            conditions(pagination: { pageSize: 5 }) {
              articles(pagination: { pageSize: 10 }) {
                title
                excerpt
                topics(pagination: { pageSize: 5 }) {
                  name
                }
              }
            }
          }
          conditions {
            articles(filters: { publishedAt: { null: true } }) {
              title
            }
          }
          clinicLocations {
            name
          }
        }
      `
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.articles_connection.pageInfo.total).toBe(0);
    expectNoMarker(response);
    const nestedDraft = await graphql(
      app,
      `
        {
          conditions {
            articles(status: DRAFT) {
              title
            }
          }
        }
      `
    );
    expectNoMarker(nestedDraft);
  });

  it('a draft read by a full-access token is never kept for the public', async () => {
    const asBuildServer = await app.http().get('/api/articles?status=draft').set('Authorization', `Bearer ${fullAccess}`);
    expect(asBuildServer.text).toContain(MARKER);
    const asPublic = await app.http().get('/api/articles?status=draft');
    expect(asPublic.status).toBe(403);
    expectNoMarker(asPublic);
    const preview = await app.http().get(`/api/articles/${pending.documentId}?status=draft`).set('Authorization', `Bearer ${fullAccess}`);
    expect(preview.text).toContain(MARKER);
    expectNoMarker(await app.http().get(`/api/articles/${pending.documentId}`));
  });

  it('read-only tokens and signed-in site users see published content only', async () => {
    const readOnly = await createReadOnlyToken(app);
    const withToken = await app.http().get('/api/articles?status=draft').set('Authorization', `Bearer ${readOnly}`);
    expect(withToken.status).toBe(403);
    expectNoMarker(await app.http().get('/api/articles').set('Authorization', `Bearer ${readOnly}`));
    const register = await app
      .http()
      .post('/api/auth/local/register')
      .send({ username: 'runner', email: 'runner@clinic.test', password: 'Long-enough-1' });
    expect(register.status).toBe(200);
    const asUser = await app.http().get('/api/articles?status=draft').set('Authorization', `Bearer ${register.body.jwt}`);
    expect(asUser.status).toBe(403);
    expectNoMarker(asUser);
  });

  it('a preview needs a valid signature for that very document', async () => {
    const base = `/api/preview/article/${draftOnly.documentId}`;
    const expires = Date.now() + 60_000;
    // A genuine link, but for the other article.
    const otherLink = new URL(previewUrl(app.strapi, 'api::article.article', pending.documentId));
    const borrowed = `?expires=${otherLink.searchParams.get('expires')}&signature=${otherLink.searchParams.get('signature')}`;
    for (const query of [
      '',
      `?expires=${expires}`,
      `?expires=${expires}&signature=forged`,
      `?expires=${expires}&signature=${'a'.repeat(64)}`,
      borrowed,
    ]) {
      const response = await app.http().get(`${base}${query}`);
      expect([400, 401, 403]).toContain(response.status);
      expectNoMarker(response);
    }
  });
});
