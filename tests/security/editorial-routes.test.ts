import { createArticle, createFullAccessToken } from '../helpers/content';
import { useTestApp } from '../helpers/strapi';

const DRAFT_TITLE = 'Unannounced clinic opening in Harbourside';
const SNEAKY_EXPORT = `<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>
<item><title>Sneaky</title><wp:post_id>9</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">Injected text.</content:encoded></item></channel></rss>`;

describe('the editors’ admin routes take an admin panel login and nothing else', () => {
  const app = useTestApp();
  let draftId: string;
  const credentials: Record<string, string | undefined> = {};

  beforeAll(async () => {
    draftId = (await createArticle(app.strapi, { title: DRAFT_TITLE })).documentId;
    credentials['no credential'] = undefined;
    credentials['a read-only API token'] = (
      await app.strapi.service('admin::api-token').create({ name: 'site build', type: 'read-only', lifespan: null })
    ).accessKey;
    // Full access to the content API is still not a login to the admin panel.
    credentials['a full-access API token'] = await createFullAccessToken(app.strapi);
    const registered = await app
      .http()
      .post('/api/auth/local/register')
      .send({ username: 'reader', email: 'reader@clinic.test', password: 'Long-enough-1' });
    credentials['a signed-in site user'] = registered.body.jwt;
    credentials['a forged admin token'] =
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpZCI6MSwiaWF0IjoxNzAwMDAwMDAwfQ.c2lnbmVkLXdpdGgtdGhlLXdyb25nLXNlY3JldA';
  });

  const routes = () => [
    app.http().get('/editorial/quality'),
    app.http().get(`/editorial/articles/${draftId}/check`),
    app.http().get('/editorial/work'),
    app
      .http()
      .post(`/editorial/articles/${draftId}/sign-off`)
      .send({ signature: 'a'.repeat(64) }),
    app
      .http()
      .post(`/editorial/articles/${draftId}/check`)
      .send({ data: { title: 'Probe' } }),
    app.http().post('/editorial/import').send({ fileName: 'sneaky.md', content: '# Sneaky\n\nInjected text.' }),
    app.http().post('/editorial/import/wordpress').send({ content: SNEAKY_EXPORT }),
    app.http().get(`/editorial/history/api::article.article/${draftId}`),
    app.http().get(`/editorial/history/api::article.article/${draftId}/1`),
    app.http().post(`/editorial/history/api::article.article/${draftId}/1/restore`).send({}),
    app.http().get('/editorial/audit'),
    app.http().get('/editorial/audit/export.csv'),
  ];

  it.each(['no credential', 'a read-only API token', 'a full-access API token', 'a signed-in site user', 'a forged admin token'])(
    '%s is refused in JSON on every route, sees no draft and imports nothing',
    async (who) => {
      const before = await app.strapi.db.query('api::article.article').count();
      for (const request of routes()) {
        const credential = credentials[who];
        const response = await (credential ? request.set('Authorization', `Bearer ${credential}`) : request);
        expect([401, 403]).toContain(response.status);
        expect(response.body).toMatchObject({ data: null, error: { status: response.status } });
        expect(response.text).not.toContain(DRAFT_TITLE);
      }
      expect(await app.strapi.db.query('api::article.article').count()).toBe(before);
      const draft = await app.strapi.db
        .query('api::article.article')
        .findOne({ where: { documentId: draftId }, populate: { medicalReview: true } });
      expect(draft.medicalReview.reviewerName).toBe('Priya Test');
    }
  );
});
