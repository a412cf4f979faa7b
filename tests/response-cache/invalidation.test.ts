import path from 'path';
import { importFiles } from '../../src/editorial/import/import-files';
import { publishDueArticles } from '../../src/editorial/scheduling/publish-due-articles';
import { seedDemoContent } from '../../src/operations/seed/seed-demo-content';
import { adminSession, contentManager } from '../helpers/admin';
import { publishFromAnotherProcess, startSecondInstance } from '../helpers/app-process';
import { cached, fresh, within } from '../helpers/cache-reads';
import {
  createArticle,
  createFullAccessToken,
  createTopic,
  reviewAndSources,
  updateArticleOverRest,
  signedOffReview,
} from '../helpers/content';
import { useTestApp } from '../helpers/strapi';

const ARTICLE = 'api::article.article';
const MAIN = 'why-runners-should-get-regular-massage';
const PAGE = `/api/articles/slug/${MAIN}`;
const LIST = '/api/articles?fields[0]=title&fields[1]=slug&sort=publishedAt:desc&pagination[pageSize]=100';

const titles = (body: { data: Array<{ title: string }> }) => body.data.map((article) => article.title);

describe('Response cache invalidation, for every way content is written', () => {
  const app = useTestApp();
  const articles = () => app.strapi.documents(ARTICLE);
  let mainId: string;
  let token: string;
  beforeAll(async () => {
    await seedDemoContent(app.strapi);
    token = await createFullAccessToken(app.strapi);
    mainId = (await articles().findFirst({ filters: { slug: MAIN } as never }))!.documentId;
  });

  it('a draft save keeps the cached answer; publishing it replaces it at the next request', async () => {
    const before = await cached(app, PAGE);
    await articles().update({ documentId: mainId, data: { title: 'Draft title nobody sees yet' } as never });
    const afterDraft = await app.http().get(PAGE);
    expect(afterDraft.headers['x-cache']).toBe('HIT');
    expect(afterDraft.body).toEqual(before);

    await articles().publish({ documentId: mainId });
    const afterPublish = await app.http().get(PAGE);
    expect(afterPublish.headers['x-cache']).toBe('MISS');
    expect(afterPublish.body.data.title).toBe('Draft title nobody sees yet');
  });

  it('Document Service: update of the published version, unpublish and delete', async () => {
    const created = await createArticle(app.strapi, { title: 'Cache case via documents' }, true);
    expect(titles(await cached(app, LIST))).toContain('Cache case via documents');
    await articles().update({ documentId: created.documentId, data: { title: 'Cache case renamed' } as never, status: 'published' });
    expect(titles(await fresh(app, LIST))).toContain('Cache case renamed');

    await cached(app, LIST);
    await articles().unpublish({ documentId: created.documentId });
    expect(titles(await fresh(app, LIST))).not.toContain('Cache case renamed');

    await articles().publish({ documentId: created.documentId });
    expect(titles(await cached(app, LIST))).toContain('Cache case renamed');
    await articles().delete({ documentId: created.documentId });
    expect(titles(await fresh(app, LIST))).not.toContain('Cache case renamed');
  });

  it('REST and GraphQL writes with an API token', async () => {
    await cached(app, PAGE);
    const rest = await updateArticleOverRest(app, token, mainId, { title: 'Renamed over REST' });
    expect(rest.status).toBe(200);
    expect((await fresh(app, PAGE)).data.title).toBe('Renamed over REST');

    await cached(app, PAGE);
    const mutation = await app
      .http()
      .post('/graphql')
      .set('Authorization', `Bearer ${token}`)
      .send({
        query:
          'mutation($id: ID!) { updateArticle(documentId: $id, status: PUBLISHED, data: { title: "Renamed over GraphQL" }) { title } }',
        variables: { id: mainId },
      });
    expect(mutation.body.errors).toBeUndefined();
    expect((await fresh(app, PAGE)).data.title).toBe('Renamed over GraphQL');
  });

  it('GraphQL queries sent as GET are cached and invalidated like REST', async () => {
    const query = encodeURIComponent(`{ articles(filters: { slug: { eq: "${MAIN}" } }) { title topics { name } } }`);
    const graphqlGet = () => app.http().get(`/graphql?query=${query}`).set('apollo-require-preflight', 'true');
    await graphqlGet();
    const hit = await graphqlGet();
    expect(hit.headers['x-cache']).toBe('HIT');
    await articles().update({ documentId: mainId, data: { title: 'Renamed for GraphQL GET' } as never, status: 'published' });
    const after = await graphqlGet();
    expect(after.headers['x-cache']).toBe('MISS');
    expect(after.body.data.articles[0].title).toBe('Renamed for GraphQL GET');
    const broken = await app.http().get('/graphql?query=%7B%20nope%20%7D').set('apollo-require-preflight', 'true');
    expect(broken.headers['x-cache']).toBeUndefined();
  });

  it('admin panel: save, publish, unpublish, bulk publish, discard and clone', async () => {
    const editor = contentManager(app, await adminSession(app, 'superAdmin'));
    const created = await createArticle(app.strapi, { title: 'Admin cache case' }, true);
    const { documentId } = created;
    await cached(app, LIST);

    expect((await editor.update(documentId, { title: 'Admin cache case, edited' })).status).toBe(200);
    expect((await app.http().get(LIST)).headers['x-cache']).toBe('HIT');
    expect((await editor.publish(documentId, { title: 'Admin cache case, edited' })).status).toBe(200);
    expect(titles(await fresh(app, LIST))).toContain('Admin cache case, edited');

    await cached(app, LIST);
    expect((await editor.unpublish(documentId)).status).toBe(200);
    expect(titles(await fresh(app, LIST))).not.toContain('Admin cache case, edited');

    await cached(app, LIST);
    expect((await editor.bulkPublish([documentId])).status).toBe(200);
    expect(titles(await fresh(app, LIST))).toContain('Admin cache case, edited');

    // Discarding a draft restores the published version: nothing public changes.
    await editor.update(documentId, { title: 'Admin draft to discard' });
    await cached(app, LIST);
    const auth = { Authorization: `Bearer ${(await adminSession(app, 'superAdmin')).token}` };
    const discard = await app.http().post(`/content-manager/collection-types/${ARTICLE}/${documentId}/actions/discard`).set(auth).send({});
    expect(discard.status).toBe(200);
    expect((await app.http().get(LIST)).headers['x-cache']).toBe('HIT');

    // A clone is a new draft: invisible until it is published.
    const clone = await app
      .http()
      .post(`/content-manager/collection-types/${ARTICLE}/clone/${documentId}`)
      .set(auth)
      .send({ title: 'Admin clone', slug: 'admin-clone' });
    expect(clone.status).toBe(200);
    expect((await app.http().get(LIST)).headers['x-cache']).toBe('HIT');
    await articles().publish({ documentId: clone.body.data.documentId });
    expect(titles(await fresh(app, LIST))).toContain('Admin clone');
  });

  it('scheduled publishing', async () => {
    const draft = await createArticle(app.strapi, {
      title: 'Scheduled cache case',
      scheduledPublishAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    await cached(app, LIST);
    await publishDueArticles(app.strapi, new Date(Date.now() + 7_200_000));
    expect(titles(await fresh(app, LIST))).toContain('Scheduled cache case');
    expect((await articles().findOne({ documentId: draft.documentId, status: 'published' }))?.title).toBe('Scheduled cache case');
  });

  it('imports write drafts, which change nothing public until an editor publishes them', async () => {
    await cached(app, LIST);
    const summary = await importFiles(app.strapi, [path.resolve(__dirname, '../fixtures/import/calf-tightness-in-cyclists.html')]);
    const imported = summary.outcomes[0] as { documentId?: string; title: string };
    expect(imported).toMatchObject({ status: 'created', title: 'Why Cyclists Get Tight Calves' });
    expect((await app.http().get(LIST)).headers['x-cache']).toBe('HIT');
    const row = await articles().findFirst({ filters: { title: imported.title } as never });
    const { sources } = reviewAndSources();
    const medicalReview = signedOffReview({ body: row!.body, sources });
    await articles().update({ documentId: row!.documentId, data: { sources, medicalReview } as never, status: 'published' });
    expect(titles(await fresh(app, LIST))).toContain(imported.title);
  });

  it('relation changes from either side, and component edits', async () => {
    const topic = await createTopic(app.strapi, { name: 'Cache topic' }, true);
    const article = await createArticle(app.strapi, { title: 'Relation cache case', topics: [topic.documentId] }, true);
    const articlePage = `/api/articles/slug/${article.slug}`;
    const topicPage = `/api/topics/slug/${topic.slug}`;
    expect((await cached(app, articlePage)).data.topics.map((t: { name: string }) => t.name)).toEqual(['Cache topic']);
    expect((await cached(app, topicPage)).data.articles.map((a: { title: string }) => a.title)).toContain('Relation cache case');

    // The topic renamed: the article page shows the new name.
    await app.strapi
      .documents('api::topic.topic')
      .update({ documentId: topic.documentId, data: { name: 'Cache topic renamed' } as never, status: 'published' });
    expect((await fresh(app, articlePage)).data.topics.map((t: { name: string }) => t.name)).toEqual(['Cache topic renamed']);

    // The article leaves the topic: the topic page no longer lists it.
    await cached(app, topicPage);
    await articles().update({ documentId: article.documentId, data: { topics: [] } as never, status: 'published' });
    expect((await fresh(app, topicPage)).data.articles.map((a: { title: string }) => a.title)).not.toContain('Relation cache case');

    // A component field (SEO) edited and published.
    await cached(app, articlePage);
    await articles().update({
      documentId: article.documentId,
      data: { seo: { metaTitle: 'Fresh meta title' } } as never,
      status: 'published',
    });
    expect((await fresh(app, articlePage)).data.seo.metaTitle).toBe('Fresh meta title');
  });

  it('media library edits (alt text of a file used as a cover)', async () => {
    const file = await app.strapi.db.query('plugin::upload.file').create({
      data: {
        name: 'calf.jpg',
        hash: `calf_${Date.now()}`,
        ext: '.jpg',
        mime: 'image/jpeg',
        size: 10,
        url: '/uploads/calf.jpg',
        provider: 'local',
        alternativeText: 'Old alt',
        width: 10,
        height: 10,
      },
    });
    const article = await createArticle(app.strapi, { title: 'Media cache case', cover: { image: file.id, alt: 'Calf massage' } }, true);
    const page = `/api/articles/slug/${article.slug}`;
    expect((await cached(app, page)).data.cover.image.alternativeText).toBe('Old alt');
    await app.strapi.plugin('upload').service('upload').updateFileInfo(file.id, { alternativeText: 'New alt' });
    expect((await fresh(app, page)).data.cover.image.alternativeText).toBe('New alt');
  });

  it('site search sees what was just published', async () => {
    const path = '/api/search?q=zanzibarian';
    expect((await cached(app, path)).meta.pagination.total).toBe(0);
    await createArticle(app.strapi, { title: 'Zanzibarian stretching routine' }, true);
    expect((await fresh(app, path)).meta.pagination.total).toBe(1);
  });

  it('answers built side by side each know what they read (more requests than pooled connections)', async () => {
    const topics = await app.strapi.documents('api::topic.topic').findMany({ status: 'published' } as never);
    const pages = topics.map((topic) => `/api/topics/slug/${topic.slug}`);
    const paths = [...pages, LIST, PAGE, '/api/search?q=massage', '/api/conditions/slug/shin-splints', '/api/benefits?fields[0]=name'];
    await Promise.all(paths.map((path) => app.http().get(path)));
    for (const path of paths) expect([path, (await app.http().get(path)).headers['x-cache']]).toEqual([path, 'HIT']);

    const [first] = topics;
    await app.strapi
      .documents('api::topic.topic')
      .update({ documentId: first!.documentId, data: { description: 'Changed while cached.' } as never, status: 'published' });
    expect((await fresh(app, pages[0]!)).data.description).toBe('Changed while cached.');
    // Answers that never read a topic stay cached.
    expect((await app.http().get('/api/benefits?fields[0]=name')).headers['x-cache']).toBe('HIT');
  });

  it('a script in another process: its write reaches this instance within a second', async () => {
    await cached(app, PAGE);
    await publishFromAnotherProcess(app, ARTICLE, mainId, { title: 'Renamed by a script' });
    await within(1000, async () => (await fresh(app, PAGE)).data.title === 'Renamed by a script');
  });

  it('two instances on one database: a publish on either is seen by the other within a second', async () => {
    const second = await startSecondInstance(app);
    try {
      await cached(app, PAGE);
      await cached(second, PAGE);
      const rest = await updateArticleOverRest(second, token, mainId, { title: 'Renamed on the second instance' });
      expect(rest.status).toBe(200);
      // The writer itself serves the change at once; the other within a second.
      expect((await fresh(second, PAGE)).data.title).toBe('Renamed on the second instance');
      await within(1000, async () => (await fresh(app, PAGE)).data.title === 'Renamed on the second instance');

      await cached(second, LIST);
      await articles().update({ documentId: mainId, data: { title: 'Renamed on the first instance' } as never, status: 'published' });
      await within(1000, async () => titles(await fresh(second, LIST)).includes('Renamed on the first instance'));
    } finally {
      await second.stop();
    }
  });
});
