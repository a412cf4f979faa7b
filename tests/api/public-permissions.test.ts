import { PUBLIC_CONTENT_TYPES } from '../../src/content-model/registry';
import { grantPublicReadAccess } from '../../src/platform/access/public-read-access';
import { useTestApp } from '../helpers/strapi';
import { createArticle } from '../helpers/content';
import { graphql } from '../helpers/graphql';

const COLLECTIONS = ['articles', 'benefits', 'conditions', 'clinic-locations', 'topics', 'authors'];

describe('the public role reads published content and writes nothing', () => {
  const app = useTestApp();
  let articleId: string;

  beforeAll(async () => {
    articleId = (await createArticle(app.strapi, { title: 'Readable' }, true)).documentId;
  });

  it.each(COLLECTIONS)('GET /api/%s answers 200 with a paginated list', async (collection) => {
    const response = await app.http().get(`/api/${collection}`);
    expect(response.status).toBe(200);
    expect(Array.isArray(response.body.data)).toBe(true);
    expect(response.body.meta.pagination).toMatchObject({ page: 1, pageSize: 25 });
  });

  it('GET one published article by documentId answers 200', async () => {
    const response = await app.http().get(`/api/articles/${articleId}`);
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({ documentId: articleId, title: 'Readable' });
  });

  it.each(COLLECTIONS)('POST, PUT and DELETE on /api/%s are refused with 403 and change nothing', async (collection) => {
    const before = await app.http().get('/api/articles');
    const create = await app
      .http()
      .post(`/api/${collection}`)
      .send({ data: { title: 'Spam', name: 'Spam' } });
    const update = await app
      .http()
      .put(`/api/${collection}/${articleId}`)
      .send({ data: { title: 'Defaced' } });
    const remove = await app.http().delete(`/api/${collection}/${articleId}`);
    for (const response of [create, update, remove]) {
      expect(response.status).toBe(403);
      expect(response.body.error).toMatchObject({ status: 403, name: 'ForbiddenError' });
    }
    const after = await app.http().get('/api/articles');
    expect(after.body).toEqual(before.body);
  });

  it.each([
    ['GET', '/api/users'],
    ['GET', '/api/users/1'],
    ['GET', '/api/users-permissions/roles'],
    ['GET', '/api/upload/files'],
    ['POST', '/api/upload'],
  ])('%s %s (users and upload internals) is closed to the public', async (method, path) => {
    const response = await app.http()[method === 'GET' ? 'get' : 'post'](path);
    expect([401, 403]).toContain(response.status);
    expect(response.body.error?.status).toBe(response.status);
  });

  it('admin endpoints need an admin session', async () => {
    const response = await app.http().get('/content-manager/collection-types/api::article.article');
    expect(response.status).toBe(401);
  });

  it('GraphQL mutations are refused for the public role', async () => {
    const response = await graphql(
      app,
      `
        mutation {
          createArticle(data: { title: "Spam" }) {
            documentId
          }
        }
      `
    );
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await app.strapi.documents('api::article.article').count({ filters: { title: 'Spam' } })).toBe(0);
  });

  it('write access ticked for the public role by mistake is taken away at the next boot', async () => {
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    await app.strapi.db
      .query('plugin::users-permissions.permission')
      .create({ data: { action: 'api::article.article.create', role: role.id } });
    await grantPublicReadAccess(app.strapi);
    const actions: Array<{ action: string }> = await app.strapi.db
      .query('plugin::users-permissions.permission')
      .findMany({ where: { role: role.id }, select: ['action'] });
    const granted = actions.map((permission) => permission.action);
    expect(granted).not.toContain('api::article.article.create');
    for (const uid of PUBLIC_CONTENT_TYPES) {
      expect(granted).toEqual(expect.arrayContaining([`${uid}.find`, `${uid}.findOne`]));
    }
  });

  it('granting is idempotent: a second run adds no duplicate permissions', async () => {
    const count = () => app.strapi.db.query('plugin::users-permissions.permission').count();
    const before = await count();
    await grantPublicReadAccess(app.strapi);
    expect(await count()).toBe(before);
  });
});
