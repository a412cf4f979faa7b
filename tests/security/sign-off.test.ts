import { adminSession, contentManager, medicalReviewer, reviewPanel } from '../helpers/admin';
import { bodyOfWords, createArticle, createFullAccessToken } from '../helpers/content';
import { graphql } from '../helpers/graphql';
import { useTestApp } from '../helpers/strapi';

const ARTICLE = 'api::article.article';
const today = () => new Date().toISOString().slice(0, 10);
const PROFILE = { name: 'Dr Amara Osei', credentials: 'MCSP, HCPC-registered physiotherapist', registration: 'HCPC PH104233' };

describe('nobody but a medical reviewer can sign off, and a review cannot be typed or forged', () => {
  const app = useTestApp();
  const reviewOf = async (documentId: string) =>
    (await app.strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: null }, populate: { medicalReview: true } }))
      ?.medicalReview ?? null;

  it.each(['editor', 'author', 'marketer', 'superAdmin'] as const)('a signed-in %s gets a JSON 403 and signs nothing', async (role) => {
    const session = await adminSession(app, role);
    await app.strapi.documents('api::author.author').create({ data: { ...PROFILE, name: `${role} profile`, accountEmail: session.email } });
    const draft = await createArticle(app.strapi, { title: `Not for ${role}`, medicalReview: null });
    const panel = reviewPanel(app, session);
    const check = await panel.check(draft.documentId);
    const signature = check.body.data?.review?.signature ?? 'a'.repeat(64);
    if (check.status === 200) expect(check.body.data.review.canSignOff).toBe(false);
    const response = await panel.signOff(draft.documentId, signature);
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ data: null, error: { status: 403, message: 'Only medical reviewers can sign off articles.' } });
    expect(await reviewOf(draft.documentId)).toBeNull();
  });

  it('a medical reviewer reads articles but cannot edit or publish them in the panel', async () => {
    const reviewer = await medicalReviewer(app, { ...PROFILE, name: 'Reader only' });
    const draft = await createArticle(app.strapi, { title: 'Read, do not touch' });
    const cm = contentManager(app, reviewer);
    expect((await cm.get(draft.documentId)).status).toBe(200);
    expect((await cm.update(draft.documentId, { title: 'Touched' })).status).toBe(403);
    expect((await cm.publish(draft.documentId)).status).toBe(403);
  });

  const forgedReview = { reviewerName: 'Dr Nobody', credentials: 'FRCP', reviewedOn: today(), contentSignature: 'f'.repeat(64) };

  it('a full-access API token cannot write a review, on create or update, over REST or GraphQL', async () => {
    const token = await createFullAccessToken(app.strapi);
    const auth = { Authorization: `Bearer ${token}` };
    const created = await app
      .http()
      .post('/api/articles')
      .query({ status: 'published' })
      .set(auth)
      .send({ data: { title: 'Forged on create', body: bodyOfWords(10), medicalReview: forgedReview, sources: [{ title: 'NHS' }] } });
    expect(created.status).toBe(400);
    expect(created.body.error).toMatchObject({ status: 400, message: expect.stringMatching(/written by a medical reviewer signing off/) });
    expect(await app.strapi.db.query(ARTICLE).count({ where: { title: 'Forged on create' } })).toBe(0);

    const draft = await createArticle(app.strapi, { title: 'Forged on update', medicalReview: null });
    const updated = await app
      .http()
      .put(`/api/articles/${draft.documentId}`)
      .set(auth)
      .send({ data: { medicalReview: forgedReview } });
    expect(updated.status).toBe(400);
    expect(await reviewOf(draft.documentId)).toBeNull();

    const mutation = await graphql(
      app,
      'mutation ($id: ID!, $data: ArticleInput!) { updateArticle(documentId: $id, data: $data) { documentId } }',
      { id: draft.documentId, data: { medicalReview: forgedReview } },
      token
    );
    expect(mutation.body.errors?.[0]?.message).toMatch(/written by a medical reviewer signing off/);
    expect(await reviewOf(draft.documentId)).toBeNull();
  });

  it('in the panel a review is read-only: the form saves, and a review changed in it is not taken', async () => {
    const superAdmin = await adminSession(app, 'superAdmin');
    const cm = contentManager(app, superAdmin);
    const draft = await createArticle(app.strapi, { title: 'Panel round trip' });
    const form = (await cm.get(draft.documentId)).body.data;
    expect((await cm.update(draft.documentId, { ...form, title: 'Panel round trip, edited' })).status).toBe(200);

    // A super admin may write every field, yet not this one: a crafted or stale review is dropped.
    const typed = await cm.update(draft.documentId, { ...form, medicalReview: { ...form.medicalReview, reviewerName: 'Dr Typed' } });
    expect(typed.status).toBe(200);
    expect((await reviewOf(draft.documentId)).reviewerName).toBe('Priya Test');

    // An editor's permissions leave the review out of what they may write at all.
    const editor = contentManager(app, await adminSession(app, 'editor'));
    await editor.update(draft.documentId, {
      title: 'Edited by the editor',
      medicalReview: { ...form.medicalReview, reviewerName: 'Dr Typed' },
    });
    expect((await reviewOf(draft.documentId)).reviewerName).toBe('Priya Test');
  });
});
