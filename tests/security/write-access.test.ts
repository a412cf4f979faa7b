import path from 'path';
import { useTestApp } from '../helpers/strapi';
import { createArticle } from '../helpers/content';
import { graphql } from '../helpers/graphql';

const PNG = path.join(__dirname, '..', 'fixtures', 'security', 'one-pixel.png');

describe('only the right credentials write, and no one registers privileges', () => {
  const app = useTestApp();
  let articleId: string;
  let readOnly: string;
  let siteUser: string;

  beforeAll(async () => {
    articleId = (await createArticle(app.strapi, { title: 'Sleep and recovery' }, true)).documentId;
    readOnly = (await app.strapi.service('admin::api-token').create({ name: 'front-end build', type: 'read-only', lifespan: null }))
      .accessKey;
    const registered = await app
      .http()
      .post('/api/auth/local/register')
      .send({ username: 'jogger', email: 'jogger@clinic.test', password: 'Long-enough-1' });
    siteUser = registered.body.jwt;
  });

  const articleTitles = async () =>
    (await app.strapi.documents('api::article.article').findMany({ fields: ['title'] })).map((article) => article.title);

  it.each([
    ['a read-only API token', () => readOnly],
    ['a signed-in site user', () => siteUser],
  ])('%s cannot create, update, delete or upload', async (_who, credential) => {
    const auth = { Authorization: `Bearer ${credential()}` };
    const before = await articleTitles();
    const attempts = [
      await app
        .http()
        .post('/api/articles')
        .set(auth)
        .send({ data: { title: 'Injected' } }),
      await app
        .http()
        .put(`/api/articles/${articleId}`)
        .set(auth)
        .send({ data: { title: 'Defaced' } }),
      await app.http().delete(`/api/articles/${articleId}`).set(auth),
      await app.http().post('/api/upload').set(auth).attach('files', PNG),
      await app
        .http()
        .post('/api/topics')
        .set(auth)
        .send({ data: { name: 'Injected' } }),
    ];
    for (const response of attempts) {
      expect([401, 403]).toContain(response.status);
      expect(response.body.error.status).toBe(response.status);
    }
    const mutation = await graphql(app, `mutation { deleteArticle(documentId: "${articleId}") { documentId } }`, {}, credential());
    expect(JSON.stringify(mutation.body.errors)).toMatch(/Forbidden/i);
    expect(await articleTitles()).toEqual(before);
    expect(await app.strapi.db.query('plugin::upload.file').count()).toBe(0);
  });

  it('registration refuses role, confirmation and blocking fields', async () => {
    const { id: adminRoleId } = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
    for (const privileged of [
      { role: adminRoleId },
      { role: { connect: [adminRoleId] } },
      { confirmed: true },
      { blocked: false },
      { provider: 'google' },
      { resetPasswordToken: 'x' },
    ]) {
      const response = await app
        .http()
        .post('/api/auth/local/register')
        .send({
          username: `climber${Object.keys(privileged)[0]}`,
          email: `climber-${Object.keys(privileged)[0]}@clinic.test`,
          password: 'Long-enough-1',
          ...privileged,
        });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/Invalid parameters/);
    }
    expect(await app.strapi.db.query('plugin::users-permissions.user').count({ where: { username: { $startsWith: 'climber' } } })).toBe(0);
  });

  it('a site user cannot change their own role or confirmation', async () => {
    const me = await app.http().get('/api/users/me').set('Authorization', `Bearer ${siteUser}`);
    const { id: publicRoleId } = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const attempt = await app
      .http()
      .put(`/api/users/${me.body.id}`)
      .set('Authorization', `Bearer ${siteUser}`)
      .send({ role: publicRoleId, confirmed: true });
    expect([401, 403]).toContain(attempt.status);
    const stored = await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: me.body.id }, populate: ['role'] });
    expect(stored.role.type).toBe('authenticated');
  });

  it.each([
    ['GET', '/admin/users'],
    ['GET', '/admin/roles'],
    ['GET', '/admin/api-tokens'],
    ['POST', '/admin/api-tokens'],
    ['GET', '/admin/transfer/tokens'],
    ['GET', '/content-manager/collection-types/api::article.article'],
    ['POST', '/content-manager/collection-types/api::article.article'],
    ['GET', '/upload/files'],
    ['POST', '/upload'],
    ['GET', '/users-permissions/roles'],
    ['PUT', '/users-permissions/advanced'],
  ])('%s %s needs an admin session, and a site user has none', async (method, url) => {
    const call = (verb: string) =>
      verb === 'GET' ? app.http().get(url) : verb === 'PUT' ? app.http().put(url).send({}) : app.http().post(url).send({});
    expect((await call(method)).status).toBe(401);
    expect((await call(method).set('Authorization', `Bearer ${siteUser}`)).status).toBe(401);
    expect((await call(method).set('Authorization', `Bearer ${readOnly}`)).status).toBe(401);
  });
});
