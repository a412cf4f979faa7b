import { adminSession, contentManager, medicalReviewer, reviewPanel, type AdminSession } from '../helpers/admin';
import { bodyOfWords, createArticle, createFullAccessToken } from '../helpers/content';
import { graphql } from '../helpers/graphql';
import { useTestApp } from '../helpers/strapi';

const ARTICLE = 'api::article.article';
const today = () => new Date().toISOString().slice(0, 10);
const PROFILE = { name: 'Dr Amara Osei', credentials: 'MCSP, HCPC-registered physiotherapist', registration: 'HCPC PH104233' };

describe('a medical reviewer signs off a version of an article', () => {
  const app = useTestApp();
  let reviewer: AdminSession;
  let editor: AdminSession;

  beforeAll(async () => {
    reviewer = await medicalReviewer(app, PROFILE);
    editor = await adminSession(app, 'editor');
  });

  const draftRow = (documentId: string) =>
    app.strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: null }, populate: { medicalReview: true } });
  const unreviewedDraft = (title: string) => createArticle(app.strapi, { title, medicalReview: null });

  it('fills the review from the reviewer’s profile, bound to the version they read, and the editor can publish', async () => {
    const draft = await unreviewedDraft('Why runners get sports massage');
    const panel = reviewPanel(app, reviewer);
    const before = await panel.check(draft.documentId);
    expect(before.status).toBe(200);
    expect(before.body.data.review).toMatchObject({ signedOff: null, matchesThisVersion: false, canSignOff: true });
    expect(before.body.data.blockers[0]).toMatch(/a medical reviewer’s sign-off/);

    const signed = await panel.signOff(draft.documentId, before.body.data.review.signature);
    expect(signed.status).toBe(200);
    expect(signed.body.data).toMatchObject({
      reviewerName: PROFILE.name,
      credentials: PROFILE.credentials,
      registration: PROFILE.registration,
      reviewedOn: today(),
    });

    const row = await draftRow(draft.documentId);
    expect(row.medicalReview).toMatchObject({
      reviewerName: PROFILE.name,
      credentials: PROFILE.credentials,
      registration: PROFILE.registration,
      reviewedOn: today(),
      reviewerAccount: reviewer.email,
      contentSignature: before.body.data.review.signature,
    });
    expect(row.lastReviewedOn).toBe(today());

    const published = await contentManager(app, editor).publish(draft.documentId);
    expect(published.status).toBe(200);
    const page = await app.http().get(`/api/articles/slug/${row.slug}`);
    expect(page.status).toBe(200);
    expect(page.body.meta.review).toMatchObject({ lastReviewed: today(), status: 'current' });
    // Who signed and the fingerprint stay in the panel; readers see the name, credentials and date.
    expect(page.body.data.medicalReview).toEqual(expect.not.objectContaining({ reviewerAccount: expect.anything() }));
    expect(page.body.data.medicalReview).toEqual(expect.not.objectContaining({ contentSignature: expect.anything() }));
    const webPage = page.body.meta.jsonLd['@graph'].find((node: { '@type': string }) => node['@type'] === 'MedicalWebPage');
    expect(webPage).toMatchObject({
      lastReviewed: today(),
      reviewedBy: {
        '@type': 'Person',
        name: PROFILE.name,
        hasCredential: { '@type': 'EducationalOccupationalCredential', name: PROFILE.credentials },
        identifier: { '@type': 'PropertyValue', value: PROFILE.registration },
      },
    });
  });

  it('a change to the body, sources or FAQ after the sign-off needs a new one; a new title does not', async () => {
    const draft = await unreviewedDraft('Shin splints and rest');
    const panel = reviewPanel(app, reviewer);
    const cm = contentManager(app, editor);
    await panel.signOff(draft.documentId, (await panel.check(draft.documentId)).body.data.review.signature);

    expect((await cm.update(draft.documentId, { title: 'Shin splints: rest first' })).status).toBe(200);
    expect((await cm.publish(draft.documentId)).status).toBe(200);

    for (const change of [
      { body: bodyOfWords(25, 'changed') },
      { sources: [{ title: 'A different guideline', publisher: 'NICE' }] },
      { faq: [{ question: 'Should I run through the pain?', answer: 'No: rest until walking is pain-free.' }] },
    ]) {
      const saved = await cm.update(draft.documentId, change);
      expect(saved.status).toBe(200);
      const refused = await cm.publish(draft.documentId);
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toMatch(/a new sign-off by a medical reviewer: the body, sources or FAQ changed/);
      const check = await panel.check(draft.documentId);
      expect(check.body.data.review.matchesThisVersion).toBe(false);
      await panel.signOff(draft.documentId, check.body.data.review.signature);
      expect((await cm.publish(draft.documentId)).status).toBe(200);
    }
  });

  it('signing a version that changed after the reviewer opened it is a 409, and nothing is signed', async () => {
    const draft = await unreviewedDraft('Plantar fasciitis in the morning');
    const panel = reviewPanel(app, reviewer);
    const seen = (await panel.check(draft.documentId)).body.data.review.signature;
    await contentManager(app, editor).update(draft.documentId, { body: bodyOfWords(30, 'edited') });
    const response = await panel.signOff(draft.documentId, seen);
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      data: null,
      error: { status: 409, message: expect.stringMatching(/saved again after you opened it/) },
    });
    expect((await draftRow(draft.documentId)).medicalReview).toBeNull();
  });

  it('a reviewer whose account has no profile with credentials is told what is missing', async () => {
    const bare = await adminSession(app, 'reviewer');
    const draft = await unreviewedDraft('IT band syndrome on hills');
    const panel = reviewPanel(app, bare);
    const response = await panel.signOff(draft.documentId, (await panel.check(draft.documentId)).body.data.review.signature);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(`No author profile with credentials has the account e-mail ${bare.email}`);
    expect((await draftRow(draft.documentId)).medicalReview).toBeNull();
  });

  it.each([['not a fingerprint'], [42], [null], ['A'.repeat(64)]])('a signature of %p is a JSON 400', async (signature) => {
    const draft = await unreviewedDraft(`Bad signature ${String(signature).slice(0, 8)}`);
    const response = await reviewPanel(app, reviewer).signOff(draft.documentId, signature);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ data: null, error: { status: 400 } });
  });

  it('an unknown article is a JSON 404', async () => {
    const response = await reviewPanel(app, reviewer).signOff('nosuchdocument0000000000', 'a'.repeat(64));
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ data: null, error: { status: 404 } });
  });
});

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
