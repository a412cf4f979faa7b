import { useTestApp } from '../helpers/strapi';
import { adminSession, contentManager, medicalReviewer, reviewPanel, type AdminSession } from '../helpers/admin';
import { bodyOfWords, createArticle, createTopic, reviewAndSources } from '../helpers/content';
import { ensureEditorialRoles } from '../../src/editorial/roles';

describe('editorial roles in the admin panel', () => {
  const app = useTestApp();
  let editor: AdminSession;
  let author: AdminSession;
  let marketer: AdminSession;
  let topicId: string;

  beforeAll(async () => {
    [editor, author, marketer] = [
      await adminSession(app, 'editor'),
      await adminSession(app, 'author'),
      await adminSession(app, 'marketer'),
    ];
    topicId = (await createTopic(app.strapi, { name: 'Campaign' }, true)).documentId;
  });

  const articles = () => app.strapi.documents('api::article.article');
  // Everything a writer types; the medical review comes from a reviewer's sign-off.
  const fullArticle = (title: string) => ({ title, body: bodyOfWords(40), sources: reviewAndSources().sources });

  it('the four roles exist once, however often the app boots', async () => {
    await ensureEditorialRoles(app.strapi);
    const roles: Array<{ name: string }> = await app.strapi.db.query('admin::role').findMany({ select: ['name'] });
    const names = roles.map((role) => role.name);
    for (const name of ['Editor', 'Author', 'Marketer', 'Medical reviewer']) expect(names.filter((n) => n === name)).toHaveLength(1);
  });

  describe('Author', () => {
    it('creates and edits their own article', async () => {
      const cm = contentManager(app, author);
      const created = await cm.create(fullArticle('Author draft'));
      expect(created.status).toBe(201);
      const updated = await cm.update(created.body.data.documentId, { excerpt: 'Edited by the author' });
      expect(updated.status).toBe(200);
    });

    it('cannot publish, even a complete article', async () => {
      const cm = contentManager(app, author);
      const created = await cm.create(fullArticle('Author wants to publish'));
      const response = await cm.publish(created.body.data.documentId);
      expect(response.status).toBe(403);
      expect(await articles().count({ status: 'published', filters: { title: 'Author wants to publish' } })).toBe(0);
    });

    it("cannot edit another author's article", async () => {
      const other = await contentManager(app, editor).create(fullArticle('Editor owned'));
      const response = await contentManager(app, author).update(other.body.data.documentId, { title: 'Hijacked' });
      expect(response.status).toBe(403);
    });

    it('may delete an own draft but not an own article once it is published', async () => {
      const cm = contentManager(app, author);
      const draft = await cm.create(fullArticle('Disposable'));
      expect((await cm.remove(draft.body.data.documentId)).status).toBe(200);

      const own = await cm.create(fullArticle('Now live'));
      const documentId = own.body.data.documentId;
      const reviewer = reviewPanel(app, await medicalReviewer(app, { name: 'Dr Roles', credentials: 'MCSP' }));
      await reviewer.signOff(documentId, (await reviewer.check(documentId)).body.data.review.signature);
      expect((await contentManager(app, editor).publish(documentId)).status).toBe(200);
      const refused = await cm.remove(documentId);
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(/published.*ask an editor/);
      expect(await articles().count({ status: 'published', filters: { documentId } })).toBe(1);
    });

    it('cannot set the reading time by hand: it is not among the fields the role may write', async () => {
      const cm = contentManager(app, author);
      const created = await cm.create({ ...fullArticle('Typed minutes'), readingTimeMinutes: 99 });
      expect(created.body.data.readingTimeMinutes).not.toBe(99);
    });
  });

  describe('Editor', () => {
    it('edits and publishes anyone’s article, and manages the other types', async () => {
      const draft = await createArticle(app.strapi, { title: 'Someone else’s' });
      const cm = contentManager(app, editor);
      expect((await cm.update(draft.documentId, { excerpt: 'Tightened' })).status).toBe(200);
      expect((await cm.publish(draft.documentId)).status).toBe(200);
      expect((await cm.unpublish(draft.documentId)).status).toBe(200);

      for (const [model, data] of [
        ['api::benefit.benefit', { name: 'Better sleep', evidenceLevel: 'limited' }],
        ['api::condition.condition', { name: 'Calf strain', bodyRegion: 'lower_leg' }],
        ['api::author.author', { name: 'New Author' }],
        [
          'api::clinic-location.clinic-location',
          {
            name: 'New clinic',
            latitude: 51.5,
            longitude: -0.1,
            address: { street: '1 A St', city: 'London', postalCode: 'E1 1AA', country: 'United Kingdom' },
          },
        ],
      ] as const) {
        const created = await contentManager(app, editor, model).create(data);
        expect(created.status).toBe(201);
      }
    });
  });

  describe('Marketer', () => {
    it('changes an article’s topics, SEO and featured flag', async () => {
      const article = await createArticle(app.strapi, { title: 'Campaign target', excerpt: 'Original excerpt' });
      const response = await contentManager(app, marketer).update(article.documentId, {
        topics: { connect: [{ documentId: topicId }] },
        featured: true,
        seo: { metaTitle: 'Spring campaign', metaDescription: 'Book your pre-race massage.' },
      });
      expect(response.status).toBe(200);
      const saved = await articles().findOne({ documentId: article.documentId, populate: ['topics', 'seo'] });
      expect(saved).toMatchObject({ featured: true, seo: { metaTitle: 'Spring campaign' }, topics: [{ documentId: topicId }] });
    });

    it('cannot change the body or title: those fields are dropped and the text stays as written', async () => {
      const article = await createArticle(app.strapi, { title: 'Protected text', body: bodyOfWords(12, 'original') });
      await contentManager(app, marketer).update(article.documentId, { title: 'Clickbait', body: bodyOfWords(3, 'rewritten') });
      const saved = await articles().findOne({ documentId: article.documentId });
      expect(saved?.title).toBe('Protected text');
      expect(JSON.stringify(saved?.body)).toContain('original');
      expect(JSON.stringify(saved?.body)).not.toContain('rewritten');
    });

    it('cannot publish or create articles', async () => {
      const article = await createArticle(app.strapi, { title: 'Not the marketer’s call' });
      const cm = contentManager(app, marketer);
      expect((await cm.publish(article.documentId)).status).toBe(403);
      expect((await cm.create(fullArticle('Marketer article'))).status).toBe(403);
    });

    it('manages and publishes topics', async () => {
      const cm = contentManager(app, marketer, 'api::topic.topic');
      const created = await cm.create({ name: 'Marathon season' });
      expect(created.status).toBe(201);
      expect((await cm.publish(created.body.data.documentId)).status).toBe(200);
      const response = await app
        .http()
        .get('/api/topics')
        .query({ filters: { slug: 'marathon-season' } });
      expect(response.body.data).toHaveLength(1);
    });
  });
});
