import { documentsOf } from '../../src/content-model/documents';
import { paragraph } from '../../src/content-model/rich-text/blocks';
import { pruneHistory } from '../../src/editorial/history/document-history';
import { loadTaxonomyIndex } from '../../src/editorial/import/taxonomy-index';
import { appModule } from '../helpers/compiled';
import { adminSession, contentManager, type AdminSession } from '../helpers/admin';
import { createArticle, createFullAccessToken, createTopic } from '../helpers/content';
import { graphql } from '../helpers/graphql';
import { useTestApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'api::article.article';
const TOPIC = 'api::topic.topic';

type Listed = { id: number; action: string; createdAt: string; by: string; source: string; actorKind: string };

export const historyPanel = (app: TestApp, session: AdminSession) => {
  const auth = { Authorization: `Bearer ${session.token}` };
  const base = (uid: string, documentId: string) => `/editorial/history/${uid}/${documentId}`;
  return {
    list: (uid: string, documentId: string) => app.http().get(base(uid, documentId)).set(auth),
    version: (uid: string, documentId: string, versionId: number) =>
      app
        .http()
        .get(`${base(uid, documentId)}/${versionId}`)
        .set(auth),
    restore: (uid: string, documentId: string, versionId: number) =>
      app
        .http()
        .post(`${base(uid, documentId)}/${versionId}/restore`)
        .set(auth)
        .send({}),
  };
};

describe('every write leaves a version of the document: who, when, which action', () => {
  const app = useTestApp();
  let editor: AdminSession;
  let superAdmin: AdminSession;

  // The app's own copies: they name the server job a write runs in.
  const publishDueArticles = (
    ...args: Parameters<typeof import('../../src/editorial/scheduling/publish-due-articles').publishDueArticles>
  ) =>
    appModule<typeof import('../../src/editorial/scheduling/publish-due-articles')>(
      app,
      'editorial/scheduling/publish-due-articles'
    ).publishDueArticles(...args);
  const importArticle = (...args: Parameters<typeof import('../../src/editorial/import/import-article').importArticle>) =>
    appModule<typeof import('../../src/editorial/import/import-article')>(app, 'editorial/import/import-article').importArticle(...args);

  beforeAll(async () => {
    editor = await adminSession(app, 'editor');
    superAdmin = await adminSession(app, 'superAdmin');
  });

  const versions = async (uid: string, documentId: string): Promise<Listed[]> => {
    const answer = await historyPanel(app, superAdmin).list(uid, documentId);
    expect(answer.status).toBe(200);
    return answer.body.data;
  };

  it('names the panel user, the API token, GraphQL, the import, the scheduler and scripts, newest first', async () => {
    const cm = contentManager(app, editor);
    const created = await cm.create({ title: 'Calf strain in veteran runners', body: [paragraph('Calves tighten with age.')] });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;
    expect((await cm.update(documentId, { title: 'Calf strain in masters runners' })).status).toBe(200);

    const token = await createFullAccessToken(app.strapi);
    const overRest = await app
      .http()
      .put(`/api/articles/${documentId}?status=draft`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { excerpt: 'Why calves tighten after forty.' } });
    expect(overRest.status).toBe(200);
    const mutation = `mutation { updateArticle(documentId: "${documentId}", status: DRAFT, data: { featured: true }) { documentId } }`;
    const overGraphql = await graphql(app, mutation, {}, token);
    expect(overGraphql.body.errors).toBeUndefined();

    await app.strapi.db
      .query(ARTICLE)
      .update({ where: { documentId, publishedAt: null }, data: { scheduledPublishAt: new Date(Date.now() - 1000) } });
    // Unreviewed, so the scheduler's publish is refused and it writes why on the draft.
    const report = await publishDueArticles(app.strapi);
    expect(report).not.toBe('locked');

    const listed = await versions(ARTICLE, documentId);
    const bySource = listed.map(({ action, source }) => `${action}/${source}`);
    expect(listed[listed.length - 1]).toMatchObject({ action: 'create', source: 'admin panel', actorKind: 'admin' });
    expect(listed[listed.length - 1].by).toContain(editor.email);
    expect(bySource).toEqual(expect.arrayContaining(['update/admin panel', 'update/rest', 'update/graphql', 'update/scheduler']));
    expect(listed.find((version) => version.source === 'rest')?.by).toMatch(/^API token "test-/);
    const times = listed.map((version) => Date.parse(version.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const file = await importArticle(
      app.strapi,
      {
        fileName: 'shin-splints.md',
        content: '# Shin splints in new runners\n\nToo much, too soon is the usual story.',
        sourceKey: 'file:shin',
      },
      await loadTaxonomyIndex(app.strapi)
    );
    const imported = await versions(ARTICLE, file.documentId!);
    expect(imported[0]).toMatchObject({ action: 'create', source: 'import', by: 'import', actorKind: 'system' });
  });

  it('records the scheduler as the one that published, and scripts as scripts', async () => {
    const article = await createArticle(app.strapi, { title: 'Foam rolling before a tempo run' });
    await app.strapi.db
      .query(ARTICLE)
      .update({ where: { documentId: article.documentId, publishedAt: null }, data: { scheduledPublishAt: new Date(Date.now() - 1000) } });
    await publishDueArticles(app.strapi);
    const listed = await versions(ARTICLE, article.documentId);
    expect(listed[0]).toMatchObject({ action: 'publish', source: 'scheduler', by: 'scheduler' });
    expect(listed[listed.length - 1]).toMatchObject({ action: 'create', source: 'script', by: 'script' });
  });

  it('shows what a version changed, word by word in the body, and restores it as the draft without touching what is live', async () => {
    const first = [paragraph('Massage eases the feeling of tight calves for a day or two.')];
    const article = await createArticle(app.strapi, { title: 'Tight calves after hills', body: first }, true);
    const cm = contentManager(app, editor);
    const second = [paragraph('Massage eases the feeling of tight calves for a few days.'), paragraph('Strength work keeps them easy.')];
    expect((await cm.update(article.documentId, { body: second, title: 'Tight calves after hill repeats' })).status).toBe(200);

    const listed = await versions(ARTICLE, article.documentId);
    expect(listed.map((version) => version.action)).toEqual(['update', 'create']);
    const shown = await historyPanel(app, editor).version(ARTICLE, article.documentId, listed[0].id);
    expect(shown.status).toBe(200);
    const changes: Array<{ field: string; kind: string; parts?: Array<{ value: string; added?: true; removed?: true }> }> =
      shown.body.data.changes;
    const body = changes.find((change) => change.field === 'body')!;
    expect(body.kind).toBe('text');
    expect(body.parts!.filter((part) => part.removed).map((part) => part.value.trim())).toEqual(['day or two']);
    expect(
      body
        .parts!.filter((part) => part.added)
        .map((part) => part.value)
        .join(' ')
    ).toBe('few days Strength work keeps them easy.');
    expect(changes.find((change) => change.field === 'title')).toMatchObject({ kind: 'text' });
    expect(changes.map((change) => change.field)).not.toContain('topics');

    const restored = await historyPanel(app, editor).restore(ARTICLE, article.documentId, listed[1].id);
    expect(restored.status).toBe(200);
    expect(restored.body.data).toMatchObject({ documentId: article.documentId, restoredFrom: listed[1].id });
    const draft = await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: article.documentId, publishedAt: null } });
    expect(draft.title).toBe('Tight calves after hills');
    expect(draft.body).toEqual(first);
    const live = await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: article.documentId, publishedAt: { $notNull: true } } });
    expect(live.title).toBe('Tight calves after hills');

    const after = await versions(ARTICLE, article.documentId);
    expect(after[0]).toMatchObject({ action: 'restore', source: 'admin panel' });
    expect(after[0].by).toContain(editor.email);
  });

  it('brings relations back by document and leaves out what was deleted since', async () => {
    const kept = await createTopic(app.strapi, { name: 'Hill running' }, true);
    const gone = await createTopic(app.strapi, { name: 'Downhill racing' }, true);
    const article = await createArticle(app.strapi, { title: 'Quads after downhill races', topics: [kept.documentId, gone.documentId] });
    await contentManager(app, editor).update(article.documentId, { topics: [] });
    await documentsOf(app.strapi, TOPIC).delete({ documentId: gone.documentId });
    const [, original] = await versions(ARTICLE, article.documentId);
    expect((await historyPanel(app, editor).restore(ARTICLE, article.documentId, original.id)).status).toBe(200);
    const draft = await app.strapi.db
      .query(ARTICLE)
      .findOne({ where: { documentId: article.documentId, publishedAt: null }, populate: { topics: { select: ['documentId'] } } });
    expect(draft.topics.map((topic: { documentId: string }) => topic.documentId)).toEqual([kept.documentId]);
    // The deleted topic keeps its own history: a delete leaves the version it had.
    const topicVersions = await versions(TOPIC, gone.documentId);
    expect(topicVersions[0]).toMatchObject({ action: 'delete' });
  });

  it('keeps the sign-off as it is when a version comes back: a restored body needs a new one', async () => {
    const article = await createArticle(app.strapi, { title: 'Plantar heel pain in walkers' });
    await documentsOf(app.strapi, ARTICLE).update({
      documentId: article.documentId,
      data: { body: [paragraph('Heel pain on the first steps.')] },
    });
    const row = () =>
      app.strapi.db
        .query(ARTICLE)
        .findOne({ where: { documentId: article.documentId, publishedAt: null }, populate: { medicalReview: true } });
    const signed = (await row()).medicalReview;
    const [, original] = await versions(ARTICLE, article.documentId);
    expect((await historyPanel(app, editor).restore(ARTICLE, article.documentId, original.id)).status).toBe(200);
    expect((await row()).medicalReview).toMatchObject({ contentSignature: signed.contentSignature, reviewerName: signed.reviewerName });
  });

  it('lets only those who may read a document see its history, and only those who may edit it restore', async () => {
    const author = await adminSession(app, 'author');
    const marketer = await adminSession(app, 'marketer');
    const article = await createArticle(app.strapi, { title: 'Glute work for cyclists', excerpt: 'Strong hips, happy knees.' });
    await contentManager(app, editor).update(article.documentId, { excerpt: 'Hips first.', featured: true });
    const [, original] = await versions(ARTICLE, article.documentId);

    // Authors read and edit only their own articles.
    expect((await historyPanel(app, author).list(ARTICLE, article.documentId)).status).toBe(403);
    expect((await historyPanel(app, author).restore(ARTICLE, article.documentId, original.id)).status).toBe(403);
    // Marketers may restore, but only the fields they edit: featured comes back, the excerpt stays.
    expect((await historyPanel(app, marketer).restore(ARTICLE, article.documentId, original.id)).status).toBe(200);
    const draft = await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: article.documentId, publishedAt: null } });
    expect(draft).toMatchObject({ excerpt: 'Hips first.', featured: false });
  });

  it('answers a clear 4xx for what does not exist or is not a version', async () => {
    const article = await createArticle(app.strapi, { title: 'Rest days' });
    const panel = historyPanel(app, superAdmin);
    expect((await panel.list('api::nothing.nothing', article.documentId)).status).toBe(404);
    expect((await panel.list('admin::user', '1')).status).toBe(404);
    const notNumber = await app
      .http()
      .get(`/editorial/history/${ARTICLE}/${article.documentId}/abc`)
      .set('Authorization', `Bearer ${superAdmin.token}`);
    expect(notNumber.status).toBe(400);
    expect(notNumber.body.error.message).toMatch(/version id/);
    expect((await panel.version(ARTICLE, article.documentId, 999_999)).status).toBe(404);
    const [own] = await versions(ARTICLE, article.documentId);
    const other = await createArticle(app.strapi, { title: 'Other' });
    expect((await panel.version(ARTICLE, other.documentId, own.id)).status).toBe(404);
    expect((await panel.restore(ARTICLE, other.documentId, own.id)).status).toBe(404);
    expect((await app.http().get(`/editorial/history/${ARTICLE}/${article.documentId}`)).status).toBe(401);
  });

  it('deletes versions past HISTORY_RETENTION_DAYS at the scheduler pass, and keeps every version by default', async () => {
    const article = await createArticle(app.strapi, { title: 'Ankle mobility drills' });
    const inAYear = new Date(Date.now() + 366 * 24 * 3600 * 1000);
    expect(await pruneHistory(app.strapi, inAYear)).toBe(0);
    expect(await versions(ARTICLE, article.documentId)).toHaveLength(1);
    app.strapi.config.set('editorial.history.retentionDays', 365);
    try {
      expect(await pruneHistory(app.strapi, inAYear)).toBeGreaterThan(0);
      expect(await versions(ARTICLE, article.documentId)).toHaveLength(0);
    } finally {
      app.strapi.config.set('editorial.history.retentionDays', 0);
    }
  });
});
