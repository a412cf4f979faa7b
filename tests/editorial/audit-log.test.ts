import { adminSession, contentManager, medicalReviewer, reviewPanel, type AdminSession } from '../helpers/admin';
import { createArticle } from '../helpers/content';
import { useTestApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'api::article.article';
const AUDIT_ENTRY = 'api::audit-entry.audit-entry';

type Entry = {
  action: string;
  uid: string | null;
  documentId: string | null;
  by: string;
  at: string;
  detail: Record<string, unknown> | null;
};

const auditLog = (app: TestApp, session: AdminSession) => {
  const auth = { Authorization: `Bearer ${session.token}` };
  return {
    list: (query: Record<string, string> = {}) => app.http().get('/editorial/audit').query(query).set(auth),
    csv: (query: Record<string, string> = {}) => app.http().get('/editorial/audit/export.csv').query(query).set(auth),
  };
};

describe('the audit log records who published, signed off, scheduled, changed access and signed in', () => {
  const app = useTestApp();
  let superAdmin: AdminSession;
  let editor: AdminSession;

  beforeAll(async () => {
    superAdmin = await adminSession(app, 'superAdmin');
    editor = await adminSession(app, 'editor');
  });

  const entries = async (query: Record<string, string>): Promise<Entry[]> => {
    const answer = await auditLog(app, superAdmin).list(query);
    expect(answer.status).toBe(200);
    return answer.body.data;
  };

  it('records publish, unpublish, schedule changes and delete, with who did them, newest first', async () => {
    const article = await createArticle(app.strapi, { title: 'Hamstring tightness in sprinters' });
    const cm = contentManager(app, editor);
    const when = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();
    expect((await cm.update(article.documentId, { scheduledPublishAt: when })).status).toBe(200);
    expect((await cm.update(article.documentId, { scheduledPublishAt: null })).status).toBe(200);
    expect((await cm.publish(article.documentId)).status).toBe(200);
    expect((await cm.unpublish(article.documentId)).status).toBe(200);
    expect((await cm.remove(article.documentId)).status).toBe(200);

    const logged = await entries({ documentId: article.documentId });
    expect(logged.map((entry) => entry.action)).toEqual(['delete', 'unpublish', 'publish', 'schedule', 'schedule']);
    for (const entry of logged)
      expect(entry).toMatchObject({ uid: ARTICLE, documentId: article.documentId, by: expect.stringContaining(editor.email) });
    expect(logged[4].detail).toMatchObject({
      field: 'scheduledPublishAt',
      from: null,
      to: when,
      title: 'Hamstring tightness in sprinters',
    });
    expect(logged[3].detail).toMatchObject({ field: 'scheduledPublishAt', from: when, to: null });

    const published = await entries({ action: 'publish', documentId: article.documentId });
    expect(published).toHaveLength(1);
    expect(Object.keys(published[0])).toEqual(expect.arrayContaining(['action', 'uid', 'documentId', 'by', 'at']));
    expect(Date.parse(published[0].at)).not.toBeNaN();
  });

  it('records a medical reviewer’s sign-off with the version they signed', async () => {
    const reviewer = await medicalReviewer(app, { name: 'Dr Lena Marsh', credentials: 'MCSP', registration: 'HCPC PH200001' });
    const article = await createArticle(app.strapi, { title: 'Iliotibial band pain on descents', medicalReview: null });
    const panel = reviewPanel(app, reviewer);
    const { signature } = (await panel.check(article.documentId)).body.data.review;
    expect((await panel.signOff(article.documentId, signature)).status).toBe(200);
    const [signOff] = await entries({ action: 'sign-off', documentId: article.documentId });
    expect(signOff.by).toContain(reviewer.email);
    expect(signOff.detail).toMatchObject({ reviewerName: 'Dr Lena Marsh', registration: 'HCPC PH200001', contentSignature: signature });
  });

  it('records sign-ins, failed sign-ins, role and permission changes and new tokens made in the panel', async () => {
    const wrong = await app.http().post('/admin/login').send({ email: editor.email, password: 'not-the-password-1A' });
    expect(wrong.status).toBe(400);
    const auth = { Authorization: `Bearer ${superAdmin.token}` };
    const role = await app.http().post('/admin/roles').set(auth).send({ name: 'Locum editor', description: 'Covers for a week.' });
    expect(role.status).toBe(201);
    const permissions = await app
      .http()
      .put(`/admin/roles/${role.body.data.id}/permissions`)
      .set(auth)
      .send({
        permissions: [
          { action: 'plugin::content-manager.explorer.read', subject: ARTICLE, properties: { fields: ['title'] }, conditions: [] },
        ],
      });
    expect(permissions.status).toBe(200);
    const apiToken = await app.http().post('/admin/api-tokens').set(auth).send({ name: 'Site build', type: 'read-only', lifespan: null });
    expect(apiToken.status).toBe(201);
    const transferToken = await app
      .http()
      .post('/admin/transfer/tokens')
      .set(auth)
      .send({ name: 'Nightly copy', permissions: ['pull'], lifespan: null });
    expect(transferToken.status).toBe(201);

    const signIns = await entries({ action: 'admin-sign-in', by: editor.email });
    expect(signIns.length).toBeGreaterThanOrEqual(1);
    const [failed] = await entries({ action: 'admin-sign-in-failed', by: editor.email });
    expect(failed).toBeDefined();
    expect(JSON.stringify(failed)).not.toContain('not-the-password');
    const [created] = await entries({ action: 'role-create', by: superAdmin.email });
    expect(created.detail).toMatchObject({ role: 'Locum editor', scope: 'admin panel' });
    const permissionChanges = await entries({ action: 'permissions-update', by: superAdmin.email });
    expect(permissionChanges).toHaveLength(1);
    const [token] = await entries({ action: 'api-token-create' });
    expect(token).toMatchObject({
      by: expect.stringContaining(superAdmin.email),
      detail: expect.objectContaining({ name: 'Site build', type: 'read-only' }),
    });
    expect(JSON.stringify(token)).not.toContain(apiToken.body.data.accessKey);
    const [transfer] = await entries({ action: 'transfer-token-create' });
    expect(transfer.detail).toMatchObject({ name: 'Nightly copy' });
  });

  it('filters by action, person and time, pages, and exports the same filter as CSV', async () => {
    const everything = await auditLog(app, superAdmin).list({ pageSize: '2' });
    expect(everything.body.data).toHaveLength(2);
    expect(everything.body.meta.pagination).toMatchObject({ page: 1, pageSize: 2 });
    expect(everything.body.meta.pagination.total).toBeGreaterThan(2);
    const future = await entries({ from: new Date(Date.now() + 60_000).toISOString() });
    expect(future).toEqual([]);
    const several = await entries({ action: 'publish,unpublish' });
    expect(new Set(several.map((entry) => entry.action))).toEqual(new Set(['publish', 'unpublish']));

    const csv = await auditLog(app, superAdmin).csv({ action: 'publish' });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('at,action,by,actorKind,source,uid,documentId,detail');
    expect(lines.length - 1).toBe((await entries({ action: 'publish' })).length);
    expect(lines.slice(1).every((line) => line.split(',')[1] === 'publish')).toBe(true);
  });

  it('keeps a spreadsheet from running a title as a formula', async () => {
    const article = await createArticle(app.strapi, { title: '=HYPERLINK("http://example.invalid","massage")' });
    await contentManager(app, editor).publish(article.documentId);
    const csv = await auditLog(app, superAdmin).csv({ documentId: article.documentId });
    expect(csv.text).toContain(`"{""title"":""=HYPERLINK`);
    expect(csv.text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('answers a 400 naming a filter it cannot use, and lets only super admins read the log', async () => {
    const log = auditLog(app, superAdmin);
    const refused: Array<Record<string, string>> = [{ action: 'dance' }, { from: 'last tuesday' }, { pageSize: '10000' }, { sort: 'by' }];
    for (const query of refused) {
      const answer = await log.list(query);
      expect(answer.status).toBe(400);
      expect(answer.body.error.message).toEqual(expect.any(String));
    }
    expect((await auditLog(app, editor).list()).status).toBe(403);
    expect((await auditLog(app, editor).csv()).status).toBe(403);
    expect((await app.http().get('/editorial/audit')).status).toBe(401);
  });

  it('cannot be changed or deleted: not over HTTP, not by the server, not in SQL', async () => {
    const auth = { Authorization: `Bearer ${superAdmin.token}` };
    for (const method of ['post', 'put', 'delete'] as const) {
      const answer = await app.http()[method]('/editorial/audit').set(auth).send({ action: 'publish' });
      expect(answer.status).toBe(405);
    }
    const { id, by } = await app.strapi.db.query(AUDIT_ENTRY).findOne({ orderBy: { id: 'asc' } });
    // The database's own refusal; matched by message, since SQLite's errors may come from another realm than jest's.
    const refusal = { message: expect.stringMatching(/append-only/) };
    await expect(app.strapi.db.query(AUDIT_ENTRY).update({ where: { id }, data: { by: 'someone else' } })).rejects.toMatchObject(refusal);
    await expect(app.strapi.db.query(AUDIT_ENTRY).delete({ where: { id } })).rejects.toMatchObject(refusal);
    await expect(app.strapi.db.connection('audit_entries').del()).rejects.toMatchObject(refusal);
    expect(await app.strapi.db.query(AUDIT_ENTRY).findOne({ where: { id } })).toMatchObject({ by });
    // No content API, Content Manager or GraphQL way in.
    expect((await app.http().get('/api/audit-entries')).status).toBe(404);
    const count = await app.strapi.db.query(AUDIT_ENTRY).count();
    const forged = await app
      .http()
      .post(`/content-manager/collection-types/${AUDIT_ENTRY}`)
      .set(auth)
      .send({ action: 'publish', by: 'nobody' });
    expect(forged.status).toBe(403);
    await expect(app.strapi.documents(AUDIT_ENTRY).delete({ documentId: 'x' })).rejects.toThrow(/kept by the server/);
    expect(await app.strapi.db.query(AUDIT_ENTRY).count()).toBe(count);
  });
});
