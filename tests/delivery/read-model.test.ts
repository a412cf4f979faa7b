import { seedDemoContent } from '../../src/operations/seed/seed-demo-content';
import { useTestApp } from '../helpers/strapi';
import { appModule } from '../helpers/compiled';
import { createArticle, createFullAccessToken, updateArticleOverRest } from '../helpers/content';
import { runNpmScript } from '../helpers/run-script';
import type * as ReadModel from '../../src/delivery/read-model/rebuild-read-model';
import * as writtenTrees from '../../src/content-model/page-populate';

type Card = { documentId: string; title: string; slug: string; author?: { name: string }; topics: Array<{ name: string; slug: string }> };
type Linked = { documentId: string; name: string; slug: string };

const ARTICLE = 'api::article.article';
const MAIN = 'why-runners-should-get-regular-massage';

/**
 * The read model after every kind of write: each test writes the way editors and imports do
 * (Document Service, REST, the media library's own queries), then reads the pages a front-end
 * reads and compares every stored page, card, JSON-LD and link with the Document Service's
 * answer rendered afresh.
 */
describe('read model: pages written with the publish, checked against the Document Service', () => {
  const app = useTestApp();
  const readModel = () => appModule<typeof ReadModel>(app, 'delivery/read-model/rebuild-read-model');
  const documents = (uid: string) => app.strapi.documents(uid as typeof ARTICLE);
  const get = (path: string) => app.http().get(path);
  const expectCurrent = async () => {
    const { checked, differences, totals } = await readModel().checkReadModel(app.strapi);
    expect(differences).toEqual([]);
    expect(totals).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  };
  const articleBySlug = async (slug: string) => (await get(`/api/articles/slug/${slug}`)).body.data;
  const topicCards = async (slug: string): Promise<Card[]> => (await get(`/api/topics/slug/${slug}?pageSize=100`)).body.data.articles;
  const firstTopic = async () =>
    (await documents('api::topic.topic').findFirst({ status: 'published', sort: 'name' })) as unknown as Linked;
  let token: string;

  beforeAll(async () => {
    await seedDemoContent(app.strapi);
    token = await createFullAccessToken(app.strapi);
  });

  it('holds a page for every published document once the demo content is in', async () => {
    await expectCurrent();
    const published = await documents(ARTICLE).count({ status: 'published' });
    const cards = await get('/api/articles/cards?pageSize=100');
    expect(cards.status).toBe(200);
    expect(cards.body.meta.pagination).toMatchObject({ page: 1, pageSize: 100, total: published });
    const publishedAt = (cards.body.data as Array<{ publishedAt: string }>).map((card) => card.publishedAt);
    expect(publishedAt).toEqual([...publishedAt].sort().reverse());
  });

  it('serves the same cards as the generic list query asking for the card fields', async () => {
    const generic = await get('/api/articles?sort=publishedAt:desc&pagination[pageSize]=3&populate[author][fields][0]=name').expect(200);
    const cards = await get('/api/articles/cards?pageSize=3').expect(200);
    expect((cards.body.data as Card[]).map((card) => card.documentId)).toEqual(
      (generic.body.data as Card[]).map((article) => article.documentId)
    );
    expect(cards.body.data[0]).toMatchObject({ author: { name: generic.body.data[0].author.name } });
  });

  it('narrows the cards to a topic or a condition, as their pages list them', async () => {
    const topic = await firstTopic();
    const ofTopic = await get(`/api/articles/cards?topic=${topic.slug}&pageSize=100`).expect(200);
    expect(ofTopic.body.data.length).toBeGreaterThan(0);
    expect(ofTopic.body.data).toEqual(await topicCards(topic.slug));
    expect(ofTopic.body.meta.pagination.total).toBe(ofTopic.body.data.length);
    const condition = (await documents('api::condition.condition').findFirst({ status: 'published' })) as unknown as Linked;
    const ofCondition = await get(`/api/articles/cards?condition=${condition.slug}&pageSize=100`).expect(200);
    expect(ofCondition.body.data).toEqual((await get(`/api/conditions/slug/${condition.slug}?pageSize=100`)).body.data.articles);
    const unknown = await get('/api/articles/cards?topic=no-such-topic').expect(200);
    expect(unknown.body).toMatchObject({ data: [], meta: { pagination: { total: 0 } } });
    const both = await get(`/api/articles/cards?topic=${topic.slug}&condition=${condition.slug}`).expect(400);
    expect(both.body.error.message).toBe('Give "topic" or "condition", not both.');
    expect((await get('/api/articles/cards?topic[$ne]=x')).status).toBe(400);
  });

  it('publishes a new article onto its page, the newest cards and its topic page', async () => {
    const topic = await firstTopic();
    const created = await createArticle(app.strapi, { title: 'Ankle mobility for trail runners', topics: [topic.documentId] }, true);
    const page = await articleBySlug('ankle-mobility-for-trail-runners');
    expect(page).toMatchObject({ documentId: created.documentId, topics: [{ name: topic.name }] });
    expect((await get('/api/articles/cards?pageSize=1')).body.data[0].documentId).toBe(created.documentId);
    expect((await topicCards(topic.slug))[0].documentId).toBe(created.documentId);
    await expectCurrent();
  });

  it('follows a published edit over REST, and a draft save leaves the page as it was', async () => {
    const article = await documents(ARTICLE).findFirst({ status: 'published', filters: { slug: MAIN } });
    const update = await updateArticleOverRest(app, token, article!.documentId, { title: 'Why runners should book a regular massage' });
    expect(update.status).toBe(200);
    expect((await articleBySlug(MAIN)).title).toBe('Why runners should book a regular massage');
    await documents(ARTICLE).update({ documentId: article!.documentId, data: { title: 'A draft title nobody sees yet' } as never });
    expect((await articleBySlug(MAIN)).title).toBe('Why runners should book a regular massage');
    await expectCurrent();
  });

  it('moves an article between topic pages when its topics change', async () => {
    const [from, to] = (await documents('api::topic.topic').findMany({
      status: 'published',
      sort: 'name',
      limit: 2,
    })) as unknown as Linked[];
    const created = await createArticle(app.strapi, { title: 'Calf raises before the long run', topics: [from.documentId] }, true);
    await documents(ARTICLE).update({ documentId: created.documentId, data: { topics: [to.documentId] } as never, status: 'published' });
    expect((await topicCards(from.slug)).map((card) => card.documentId)).not.toContain(created.documentId);
    expect((await topicCards(to.slug)).map((card) => card.documentId)).toContain(created.documentId);
    await expectCurrent();
  });

  it('re-renders every page and card that shows a renamed topic or author', async () => {
    const topic = await firstTopic();
    await documents('api::topic.topic').update({
      documentId: topic.documentId,
      data: { name: 'Trail and road running' } as never,
      status: 'published',
    });
    const cards = await topicCards(topic.slug);
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(card.topics.map((shown) => shown.name)).toContain('Trail and road running');
    expect((await articleBySlug(cards[0].slug)).topics.map((shown: Linked) => shown.name)).toContain('Trail and road running');

    const article = await articleBySlug(MAIN);
    await documents('api::author.author').update({
      documentId: article.author.documentId,
      data: { name: 'Dr Rowan Example' } as never,
      status: 'published',
    });
    expect((await articleBySlug(MAIN)).author.name).toBe('Dr Rowan Example');
    const card = ((await get('/api/articles/cards?pageSize=100')).body.data as Card[]).find((shown) => shown.slug === MAIN);
    expect(card?.author?.name).toBe('Dr Rowan Example');
    await expectCurrent();
  });

  it('shows a benefit on a condition page as soon as the benefit links the condition', async () => {
    const condition = (await documents('api::condition.condition').findFirst({
      status: 'published',
      populate: { benefits: { fields: ['documentId'] } },
    })) as unknown as Linked & { benefits: Linked[] };
    const linked = new Set(condition.benefits.map((benefit) => benefit.documentId));
    const benefits = (await documents('api::benefit.benefit').findMany({ status: 'published' })) as unknown as Linked[];
    const benefit = benefits.find((candidate) => !linked.has(candidate.documentId))!;
    const current = (await documents('api::benefit.benefit').findOne({
      documentId: benefit.documentId,
      status: 'published',
      populate: { conditions: { fields: ['documentId'] } },
    })) as unknown as { conditions: Linked[] };
    await documents('api::benefit.benefit').update({
      documentId: benefit.documentId,
      data: { conditions: [...current.conditions.map((shown) => shown.documentId), condition.documentId] } as never,
      status: 'published',
    });
    const page = (await get(`/api/conditions/slug/${condition.slug}`)).body.data;
    expect(page.benefits.map((shown: Linked) => shown.documentId)).toContain(benefit.documentId);
    await expectCurrent();
  });

  it('follows a new alternative text written by the media library', async () => {
    const article = await articleBySlug(MAIN);
    const image = article.cover.image;
    await app.strapi.db
      .query('plugin::upload.file')
      .update({ where: { id: image.id }, data: { alternativeText: 'A therapist working on a calf' } });
    expect((await articleBySlug(MAIN)).cover.image.alternativeText).toBe('A therapist working on a calf');
    await expectCurrent();
  });

  it('drops unpublished and deleted articles from their page, the cards and topic pages', async () => {
    const topic = await firstTopic();
    const gone = await createArticle(app.strapi, { title: 'Hill repeats and sore quads', topics: [topic.documentId] }, true);
    const deleted = await createArticle(app.strapi, { title: 'Cadence drills for beginners', topics: [topic.documentId] }, true);
    await documents(ARTICLE).unpublish({ documentId: gone.documentId });
    await documents(ARTICLE).delete({ documentId: deleted.documentId });
    expect((await get('/api/articles/slug/hill-repeats-and-sore-quads')).status).toBe(404);
    expect((await get('/api/articles/slug/cadence-drills-for-beginners')).status).toBe(404);
    const shown = (await topicCards(topic.slug)).map((card) => card.documentId);
    expect(shown).not.toContain(gone.documentId);
    expect(shown).not.toContain(deleted.documentId);
    const cards = ((await get('/api/articles/cards?pageSize=100')).body.data as Card[]).map((card) => card.documentId);
    expect(cards).not.toContain(gone.documentId);
    await expectCurrent();
  });

  it('keeps the pages as they were when a publish is refused', async () => {
    const article = await documents(ARTICLE).findFirst({ status: 'published', filters: { slug: MAIN } });
    const before = await articleBySlug(MAIN);
    const refused = await updateArticleOverRest(app, token, article!.documentId, { title: 'Never shown', featured: 'perhaps' });
    expect(refused.status).toBe(400);
    expect(await articleBySlug(MAIN)).toEqual(before);
    await expectCurrent();
  });

  it('finds rows changed behind its back, and a rebuild puts them right', async () => {
    const db = app.strapi.db.connection;
    const [first, second] = await db('read_model_pages').where({ content_type: ARTICLE }).orderBy('document_id').limit(2);
    await db('read_model_pages').where({ content_type: ARTICLE, document_id: first.document_id }).delete();
    await db('read_model_pages')
      .where({ content_type: ARTICLE, document_id: second.document_id })
      .update({ page: JSON.stringify({ ...JSON.parse(second.page), title: 'Tampered' }) });
    await db('read_model_pages').insert({ ...second, document_id: 'no-such-document', slug: 'no-such-document' });
    await db('read_model_counts').where({ content_type: ARTICLE, shown_id: '' }).increment('total', 5);

    const { differences, totals } = await readModel().checkReadModel(app.strapi);
    expect(totals).toEqual([expect.stringMatching(/^api::article\.article : \d+ stored, \d+ counted$/)]);
    expect(differences).toEqual(
      expect.arrayContaining([
        { uid: ARTICLE, documentId: first.document_id, problem: 'missing' },
        { uid: ARTICLE, documentId: second.document_id, problem: 'differs', fields: ['page'] },
        { uid: ARTICLE, documentId: 'no-such-document', problem: 'not published' },
      ])
    );
    const command = await runNpmScript('read-model', ['check'], app.env);
    expect(command.code).toBe(1);
    expect(command.stdout).toMatch(/3 difference\(s\), 1 total\(s\) off/);

    // stderr is not asserted empty: on PostgreSQL, pg warns that Strapi's populate queries a transaction's client concurrently.
    const rebuilt = await runNpmScript('read-model', ['rebuild'], app.env);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stdout).toMatch(/^Read model rebuilt in [\d.]+ s\.$/m);
    await expectCurrent();
    expect((await runNpmScript('read-model', ['check'], app.env)).code).toBe(0);
  });

  it('leaves the page trees it hands to Strapi as they are written, after every render above', () => {
    // The source module is a separate instance from the app's, never handed to Strapi.
    const trees = (module: object) =>
      JSON.stringify(Object.keys(writtenTrees).map((name) => [name, (module as Record<string, unknown>)[name]]));
    expect(trees(appModule<object>(app, 'content-model/page-populate'))).toBe(trees(writtenTrees));
  });
});
