import { documentsOf } from '../../src/content-model/documents';
import { adminSession } from '../helpers/admin';
import { createArticle, createFullAccessToken } from '../helpers/content';
import { graphql } from '../helpers/graphql';
import { useTestApp } from '../helpers/strapi';

const VERSION = 'api::document-version.document-version';
const AUDIT_ENTRY = 'api::audit-entry.audit-entry';
const DRAFT_TITLE = 'Embargoed: new clinic in Clifton';

describe('history, the audit log and redirects stay where they belong', () => {
  const app = useTestApp();
  let token: string;

  beforeAll(async () => {
    token = await createFullAccessToken(app.strapi);
    const article = await createArticle(app.strapi, { title: 'Running in the heat' }, true);
    await documentsOf(app.strapi, 'api::article.article').update({ documentId: article.documentId, data: { title: DRAFT_TITLE } });
  });

  it('the content API has no route to versions or audit entries, with or without a full-access token', async () => {
    for (const path of ['/api/document-versions', '/api/audit-entries', `/api/document-versions/1`, '/api/audit-entries/1']) {
      for (const auth of [{}, { Authorization: `Bearer ${token}` }]) {
        const answer = await app.http().get(path).set(auth);
        expect({ path, status: answer.status }).toEqual({ path, status: 404 });
        expect(answer.text).not.toContain(DRAFT_TITLE);
      }
    }
    const deleted = await app.http().delete('/api/audit-entries/1').set('Authorization', `Bearer ${token}`);
    expect([404, 405]).toContain(deleted.status);
  });

  it('GraphQL has no type, query or mutation for them', async () => {
    for (const name of ['DocumentVersion', 'AuditEntry', 'Redirect']) {
      const answer = await graphql(app, `{ __type(name: "${name}") { name } }`, {}, token);
      expect(answer.body.data.__type).toBeNull();
    }
    const query = await graphql(app, '{ documentVersions { snapshot } }', {}, token);
    expect(query.body.errors?.[0]?.message).toMatch(/Cannot query field/);
    const mutation = await graphql(app, 'mutation { deleteAuditEntry(documentId: "x") { documentId } }', {}, token);
    expect(mutation.body.errors?.[0]?.message).toMatch(/Cannot query field/);
  });

  it('nobody forges a version or an audit entry through the Content Manager, super admins included', async () => {
    const owner = await adminSession(app, 'superAdmin');
    // Sign-ins are recorded as they happen; nothing else may be added here.
    const counts = async () => [
      await app.strapi.db.query(VERSION).count(),
      await app.strapi.db.query(AUDIT_ENTRY).count({ where: { action: { $ne: 'admin-sign-in' } } }),
    ];
    const before = await counts();
    for (const uid of [VERSION, AUDIT_ENTRY]) {
      const answer = await app.http().post(`/content-manager/collection-types/${uid}`).set('Authorization', `Bearer ${owner.token}`).send({
        action: 'publish',
        by: 'someone else',
        targetUid: 'api::article.article',
        targetDocumentId: 'x',
        actorKind: 'admin',
        source: 'rest',
      });
      expect(answer.status).toBe(403);
    }
    expect(await counts()).toEqual(before);
  });

  it('/api/redirects gives paths and status codes only: no ids, notes or who made them', async () => {
    await app.strapi
      .documents('api::redirect.redirect')
      .create({ data: { from: '/articles/old-news', to: '/articles/new-news', note: 'Internal: campaign ended' } });
    const answer = await app.http().get('/api/redirects');
    expect(answer.status).toBe(200);
    for (const redirect of answer.body.data) expect(Object.keys(redirect).sort()).toEqual(['from', 'statusCode', 'to']);
    expect(answer.text).not.toContain('Internal: campaign ended');
  });
});
