import { useTestApp } from '../helpers/strapi';
import { adminSession, contentManager, medicalReviewer, reviewPanel } from '../helpers/admin';
import { bodyOfWords, createArticle, createFullAccessToken, reviewAndSources } from '../helpers/content';

const monthsAgo = (months: number) => {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
};

describe('an article cannot be published without a recent medical review and a source', () => {
  const app = useTestApp({ env: { MEDICAL_REVIEW_MAX_AGE_MONTHS: '6' } });

  const articles = () => app.strapi.documents('api::article.article');
  const isLive = async (documentId: string) => (await articles().count({ status: 'published', filters: { documentId } })) > 0;

  it('names everything that is missing', async () => {
    const draft = await createArticle(app.strapi, { title: 'Unreviewed', medicalReview: null, sources: [] });
    await expect(articles().publish({ documentId: draft.documentId })).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringMatching(/needs a medical reviewer’s sign-off \(reviewer, credentials and date\); at least one source/),
    });
    expect(await isLive(draft.documentId)).toBe(false);
  });

  it('refuses a review older than the configured number of months, saying when it was', async () => {
    const stale = monthsAgo(7);
    const draft = await createArticle(app.strapi, {
      title: 'Stale review',
      medicalReview: { reviewerName: 'Dr Old', credentials: 'MBBS', reviewedOn: stale },
    });
    await expect(articles().publish({ documentId: draft.documentId })).rejects.toMatchObject({
      message: expect.stringContaining(`a medical review from the last 6 months (the last one is from ${stale})`),
    });
  });

  it('refuses a reviewer without credentials', async () => {
    const draft = await createArticle(app.strapi, {
      title: 'No credentials',
      medicalReview: { reviewerName: 'Sam', credentials: '', reviewedOn: monthsAgo(1) },
    });
    await expect(articles().publish({ documentId: draft.documentId })).rejects.toMatchObject({
      message: expect.stringContaining("the medical reviewer's credentials"),
    });
  });

  it('publishes once the review and a source are there', async () => {
    const draft = await createArticle(app.strapi, { title: 'Reviewed', ...reviewAndSources() });
    await articles().publish({ documentId: draft.documentId });
    expect(await isLive(draft.documentId)).toBe(true);
  });

  it('also holds for create and update with status=published (scripts, API clients)', async () => {
    await expect(
      articles().create({ data: { title: 'Direct', body: bodyOfWords(10) } as never, status: 'published' })
    ).rejects.toMatchObject({ name: 'ValidationError' });
    expect(await articles().count({ filters: { title: 'Direct' } })).toBe(0);

    const draft = await createArticle(app.strapi, { title: 'Update route', medicalReview: null });
    await expect(
      articles().update({ documentId: draft.documentId, data: { excerpt: 'x' } as never, status: 'published' })
    ).rejects.toMatchObject({ name: 'ValidationError' });
    expect(await isLive(draft.documentId)).toBe(false);
  });

  it('holds in the admin panel: the publish action answers 400 with the message, bulk publish too', async () => {
    const editor = await adminSession(app, 'editor');
    const cm = contentManager(app, editor);
    const created = await cm.create({ title: 'Panel draft', body: bodyOfWords(30) });
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId;

    const refused = await cm.publish(documentId);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/cannot be published yet.*medical review.*source/);

    const bulk = await cm.bulkPublish([documentId]);
    expect(bulk.status).toBe(400);
    expect(await isLive(documentId)).toBe(false);

    await cm.update(documentId, { sources: reviewAndSources().sources });
    const reviewer = reviewPanel(app, await medicalReviewer(app, { name: 'Dr Iris Vale', credentials: 'MCSP' }));
    await reviewer.signOff(documentId, (await reviewer.check(documentId)).body.data.review.signature);
    const accepted = await cm.publish(documentId);
    expect(accepted.status).toBe(200);
    expect(await isLive(documentId)).toBe(true);
  });

  it('holds over the REST API even for a full-access token', async () => {
    const token = await createFullAccessToken(app.strapi);
    const response = await app
      .http()
      .post('/api/articles')
      .query({ status: 'published' })
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'Token publish', body: bodyOfWords(10) } });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ status: 400, name: 'ValidationError', message: expect.stringContaining('medical review') });
    expect(await articles().count({ filters: { title: 'Token publish' } })).toBe(0);
  });
});
