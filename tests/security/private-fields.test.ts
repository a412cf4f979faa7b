import { useTestApp } from '../helpers/strapi';
import { adminSession, contentManager, medicalReviewer, reviewPanel, type AdminSession } from '../helpers/admin';
import { reviewAndSources, bodyOfWords, createTopic } from '../helpers/content';
import { graphql } from '../helpers/graphql';

// What an attacker would like to learn about the admin who wrote an article, one character at a time.
const PROBES = [
  'filters[createdBy][password][$startsWith]=$2',
  'filters[createdBy][email][$contains]=@',
  'filters[updatedBy][resetPasswordToken][$null]=true',
  'filters[createdBy][id][$gt]=0',
  'filters[$or][0][createdBy][password][$startsWith]=$2',
  'filters[topics][createdBy][password][$startsWith]=$2',
  'filters[topics][articles][updatedBy][email][$startsWith]=e',
  'filters[localizations][createdBy][password][$startsWith]=$2',
  'filters[createdBy][roles][code][$eq]=strapi-super-admin',
  'sort=createdBy.email:asc',
  'sort[0][createdBy][password]=asc',
  'populate=createdBy',
  'populate[createdBy][fields][0]=password',
  'populate[topics][populate]=createdBy',
  'fields[0]=createdBy',
  'lookup[updatedBy][password]=$2',
  // Who signed a review off, and the account behind an author profile, stay in the admin panel.
  'filters[medicalReview][reviewerAccount][$contains]=@',
  'filters[medicalReview][contentSignature][$startsWith]=a',
  'populate[medicalReview][fields][0]=reviewerAccount',
  'filters[author][accountEmail][$contains]=@',
  'populate[author][fields][0]=accountEmail',
  'sort=author.accountEmail:asc',
];

describe('admin and user accounts cannot be read or inferred through content queries', () => {
  const app = useTestApp();
  let editor: AdminSession;
  let reviewer: AdminSession;

  beforeAll(async () => {
    // Written through the admin panel's API, so createdBy and updatedBy point at a real admin.
    editor = await adminSession(app, 'superAdmin');
    const topic = await createTopic(app.strapi, { name: 'Hamstrings' }, true);
    const manager = contentManager(app, editor);
    const created = await manager.create({
      title: 'Hamstring care',
      body: bodyOfWords(30),
      topics: [topic.documentId],
      sources: reviewAndSources().sources,
    });
    expect(created.status).toBe(201);
    // Signed off by a reviewer whose login is also on an author profile: neither e-mail may leak.
    reviewer = await medicalReviewer(app, { name: 'Dr Private', credentials: 'MCSP' });
    const author = await app.strapi.db.query('api::author.author').findOne({ where: { accountEmail: reviewer.email } });
    await manager.update(created.body.data.documentId, { author: author.documentId });
    const panel = reviewPanel(app, reviewer);
    const check = await panel.check(created.body.data.documentId);
    expect((await panel.signOff(created.body.data.documentId, check.body.data.review.signature)).status).toBe(200);
    expect((await manager.publish(created.body.data.documentId)).status).toBe(200);
    await app.strapi.db
      .query('admin::user')
      .update({ where: { id: editor.userId }, data: { resetPasswordToken: 'reset-token-to-keep-secret' } });
  });

  it.each(PROBES)('/api/articles?%s is a JSON 400 and reveals nothing', async (probe) => {
    const response = await app.http().get(`/api/articles?${probe}`);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ data: null, error: { status: 400 } });
    const text = JSON.stringify(response.body);
    expect(text).not.toContain(editor.email);
    expect(text).not.toContain(reviewer.email);
    expect(text).not.toMatch(/\$2[aby]\$/);
  });

  it('the same probes on a single article and a topic are refused too', async () => {
    const [article] = (await app.http().get('/api/articles')).body.data;
    const answers: string[] = [];
    for (const path of [
      `/api/articles/${article.documentId}`,
      '/api/topics',
      `/api/articles/slug/${article.slug}`,
      '/api/articles/cards',
    ]) {
      for (const probe of ['populate=createdBy', 'filters[createdBy][password][$startsWith]=$2', 'fields[0]=updatedBy']) {
        const response = await app.http().get(`${path}?${probe}`);
        answers.push(`${path}?${probe} ${response.status}`);
        expect(JSON.stringify(response.body)).not.toContain(editor.email);
      }
    }
    expect(answers.filter((answer) => !answer.endsWith(' 400'))).toEqual([]);
  });

  it('ordinary reads carry no account fields at any level', async () => {
    const response = await app.http().get('/api/articles?populate=*');
    expect(response.status).toBe(200);
    const text = JSON.stringify(response.body);
    for (const field of ['createdBy', 'updatedBy', 'password', 'resetPasswordToken', 'registrationToken', editor.email])
      expect(text).not.toContain(field);
  });

  it('a signed-off review shows who and when, never the account or the fingerprint, over REST and GraphQL', async () => {
    const [article] = (await app.http().get('/api/articles')).body.data;
    const reads = [
      await app.http().get(`/api/articles/slug/${article.slug}`),
      await app.http().get('/api/articles?populate[medicalReview]=true&populate[author]=true'),
      await app.http().get('/api/authors'),
      await graphql(app, '{ articles { medicalReview { reviewerName credentials registration reviewedOn signedOffAt } author { name } } }'),
    ];
    for (const response of reads) {
      expect(response.status).toBe(200);
      const text = JSON.stringify(response.body);
      expect(text).toContain('Dr Private');
      for (const hidden of [reviewer.email, 'reviewerAccount', 'contentSignature', 'accountEmail']) expect(text).not.toContain(hidden);
    }
    const exposed = await graphql(app, '{ articles { medicalReview { reviewerAccount contentSignature } } }');
    expect(exposed.status).toBe(400);
  });

  it('GraphQL has no way to name account relations', async () => {
    const answers: string[] = [];
    for (const query of [
      `{ articles { title createdBy { email } } }`,
      `{ articles(filters: { createdBy: { password: { startsWith: "$2" } } }) { title } }`,
      `{ articles(sort: "createdBy.email:asc") { title } }`,
    ]) {
      const response = await graphql(app, query);
      // Refused while validating (400), or while resolving (an error and no data).
      const refused = response.status === 400 || (response.body.errors?.length > 0 && response.body.data?.articles == null);
      if (!refused) answers.push(`${query} ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`);
      expect(JSON.stringify(response.body)).not.toContain(editor.email);
    }
    expect(answers).toEqual([]);
  });

  it.each(['/api/users', '/api/users?filters[password][$startsWith]=$2', '/api/users/1', '/api/users/me', '/api/users-permissions/roles'])(
    '%s is closed to the public',
    async (path) => {
      const response = await app.http().get(path);
      expect([401, 403]).toContain(response.status);
      expect(response.body.error.status).toBe(response.status);
    }
  );
});
