import { adminSession, contentManager, medicalReviewer, reviewPanel, type AdminSession } from '../helpers/admin';
import { bodyOfWords, createArticle } from '../helpers/content';
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
