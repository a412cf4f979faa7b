import { documentsOf } from '../../src/content-model/documents';
import { adminSession, contentManager, type AdminSession } from '../helpers/admin';
import { createArticle, createTopic } from '../helpers/content';
import { useTestApp } from '../helpers/strapi';

const ARTICLE = 'api::article.article';
const REDIRECT = 'api::redirect.redirect';

describe('a published page whose slug changes keeps its old address as a redirect', () => {
  const app = useTestApp();
  let editor: AdminSession;

  beforeAll(async () => {
    editor = await adminSession(app, 'editor');
  });

  const articles = () => documentsOf(app.strapi, ARTICLE);
  const republishWithSlug = async (documentId: string, slug: string) => {
    await articles().update({ documentId, data: { slug } });
    await articles().publish({ documentId });
  };
  const redirectsList = async () => {
    const answer = await app.http().get('/api/redirects');
    expect(answer.status).toBe(200);
    return answer.body.data as Array<{ from: string; to: string; statusCode: number }>;
  };

  it('answers the old slug’s page endpoint with a 301 to the new one, and lists the redirect', async () => {
    const article = await createArticle(app.strapi, { title: 'Massage before a marathon' }, true);
    await republishWithSlug(article.documentId, 'massage-in-marathon-week');

    const old = await app.http().get('/api/articles/slug/massage-before-a-marathon').redirects(0);
    expect(old.status).toBe(301);
    expect(old.headers.location).toBe('/api/articles/slug/massage-in-marathon-week');
    expect(old.body).toEqual({
      data: null,
      meta: { redirect: { from: '/articles/massage-before-a-marathon', to: '/articles/massage-in-marathon-week', statusCode: 301 } },
    });
    const followed = await app.http().get(old.headers.location);
    expect(followed.status).toBe(200);
    expect(followed.body.data.title).toBe('Massage before a marathon');

    const related = await app.http().get('/api/articles/slug/massage-before-a-marathon/related?limit=2').redirects(0);
    expect(related.status).toBe(301);
    expect(related.headers.location).toBe('/api/articles/slug/massage-in-marathon-week/related?limit=2');

    expect(await redirectsList()).toEqual(
      expect.arrayContaining([{ from: '/articles/massage-before-a-marathon', to: '/articles/massage-in-marathon-week', statusCode: 301 }])
    );
  });

  it('keeps draft slug changes to itself until they are published', async () => {
    const article = await createArticle(app.strapi, { title: 'Sleep and soreness' }, true);
    await articles().update({ documentId: article.documentId, data: { slug: 'sleep-and-doms' } });
    expect((await app.http().get('/api/articles/slug/sleep-and-soreness')).status).toBe(200);
    expect((await redirectsList()).map((redirect) => redirect.from)).not.toContain('/articles/sleep-and-soreness');
  });

  it('collapses chains into one hop, and drops a redirect when its page comes back', async () => {
    const article = await createArticle(app.strapi, { title: 'Shin splints first aid' }, true);
    await republishWithSlug(article.documentId, 'shin-splints-early-care');
    await republishWithSlug(article.documentId, 'shin-splints-what-to-do');
    let listed = await redirectsList();
    expect(listed).toEqual(
      expect.arrayContaining([
        { from: '/articles/shin-splints-first-aid', to: '/articles/shin-splints-what-to-do', statusCode: 301 },
        { from: '/articles/shin-splints-early-care', to: '/articles/shin-splints-what-to-do', statusCode: 301 },
      ])
    );

    // Back to the first slug: that page is live again, the others lead to it.
    await republishWithSlug(article.documentId, 'shin-splints-first-aid');
    listed = await redirectsList();
    expect(listed.map((redirect) => redirect.from)).not.toContain('/articles/shin-splints-first-aid');
    expect(listed).toEqual(
      expect.arrayContaining([
        { from: '/articles/shin-splints-early-care', to: '/articles/shin-splints-first-aid', statusCode: 301 },
        { from: '/articles/shin-splints-what-to-do', to: '/articles/shin-splints-first-aid', statusCode: 301 },
      ])
    );
    expect((await app.http().get('/api/articles/slug/shin-splints-first-aid')).status).toBe(200);
  });

  it('redirects taxonomy pages too, and lists only current addresses in the sitemap', async () => {
    const topic = await createTopic(app.strapi, { name: 'Trail running' }, true);
    await documentsOf(app.strapi, 'api::topic.topic').update({ documentId: topic.documentId, data: { slug: 'trail-and-fell' } });
    await documentsOf(app.strapi, 'api::topic.topic').publish({ documentId: topic.documentId });
    const old = await app.http().get('/api/topics/slug/trail-running?page=2').redirects(0);
    expect(old.status).toBe(301);
    expect(old.headers.location).toBe('/api/topics/slug/trail-and-fell?page=2');
    const sitemap = await app.http().get('/sitemap.xml');
    expect(sitemap.text).toContain('/topics/trail-and-fell<');
    expect(sitemap.text).not.toContain('/topics/trail-running<');
  });

  it('sends visitors of the example site on with a 301', async () => {
    const article = await createArticle(app.strapi, { title: 'Knee pain on stairs' }, true);
    await republishWithSlug(article.documentId, 'knee-pain-going-downstairs');
    const page = await app.http().get('/articles/knee-pain-on-stairs').redirects(0);
    expect(page.status).toBe(301);
    expect(page.headers.location).toBe('/articles/knee-pain-going-downstairs');
    expect((await app.http().get('/articles/never-existed')).status).toBe(404);
  });

  describe('redirects editors add in the admin panel', () => {
    const redirects = () => contentManager(app, editor, REDIRECT);

    it('follow their own status code and lead anywhere on the site or off it', async () => {
      const made = await redirects().create({
        from: '/articles/old-clinic-news/',
        to: 'https://booking.example.org/bristol',
        statusCode: 302,
      });
      expect(made.status).toBe(201);
      expect(made.body.data).toMatchObject({ from: '/articles/old-clinic-news', origin: 'manual' });
      const answer = await app.http().get('/api/articles/slug/old-clinic-news').redirects(0);
      expect(answer.status).toBe(302);
      expect(answer.headers.location).toBe('https://booking.example.org/bristol');
      expect((await app.http().get('/articles/old-clinic-news').redirects(0)).headers.location).toBe('https://booking.example.org/bristol');
    });

    it('are collapsed into chains that already exist, and refused when they would loop', async () => {
      expect((await redirects().create({ from: '/articles/a-loop-start', to: '/articles/a-loop-middle' })).status).toBe(201);
      const middle = await redirects().create({ from: '/articles/a-loop-middle', to: '/articles/a-loop-end' });
      expect(middle.status).toBe(201);
      const first = (await redirectsList()).find((redirect) => redirect.from === '/articles/a-loop-start');
      expect(first?.to).toBe('/articles/a-loop-end');

      const loop = await redirects().create({ from: '/articles/a-loop-end', to: '/articles/a-loop-start' });
      expect(loop.status).toBe(400);
      expect(loop.body.error.message).toMatch(/would loop/);
      const self = await redirects().create({ from: '/articles/itself', to: '/articles/itself' });
      expect(self.status).toBe(400);
    });

    it('refuse what is no path, an open redirect to another host, a live page, and a status that is no redirect', async () => {
      const live = await createArticle(app.strapi, { title: 'Live page' }, true);
      const cases: Array<[Record<string, unknown>, RegExp]> = [
        [{ from: 'articles/no-slash', to: '/x' }, /"from" must be a path/],
        [{ from: '/x?y=1', to: '/x' }, /"from" must be a path/],
        [{ from: '/a b', to: '/x' }, /"from" must be a path/],
        [{ from: '/from-here', to: '//evil.example' }, /"to" must be/],
        [{ from: '/from-here', to: 'javascript:alert(1)' }, /"to" must be/],
        [{ from: '/articles/live-page', to: '/x' }, /live page/],
        [{ from: '/from-here', to: '/x', statusCode: 200 }, /./],
        [{ from: '/from-here', to: '/x', statusCode: 303 }, /statusCode/],
      ];
      for (const [data, message] of cases) {
        const answer = await redirects().create(data);
        expect({ data, status: answer.status }).toEqual({ data, status: 400 });
        expect(answer.body.error.message).toMatch(message);
      }
      expect(live.documentId).toBeDefined();
      expect(await app.strapi.db.query(REDIRECT).count({ where: { from: '/from-here' } })).toBe(0);
    });
  });

  it('is read-only for the public and absent from GraphQL', async () => {
    expect(
      (
        await app
          .http()
          .post('/api/redirects')
          .send({ data: { from: '/a', to: '/b' } })
      ).status
    ).toBe(405);
    expect((await app.http().get('/api/redirects?populate=*')).status).toBe(400);
    const schema = await app.http().post('/graphql').send({ query: '{ __type(name: "Redirect") { name } }' });
    expect(schema.body.data.__type).toBeNull();
  });
});
