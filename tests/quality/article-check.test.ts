import { paragraph } from '../../src/content-model/rich-text/blocks';
import { publicationRefusal } from '../../src/editorial/review/medical-review';
import { adminSession, type AdminSession } from '../helpers/admin';
import { createArticle } from '../helpers/content';
import { useTestApp } from '../helpers/strapi';

type Check = {
  blockers: string[];
  suggestions: string[];
  readability: { fleschReadingEase: number; grade: string; longestSentences: Array<{ text: string; words: number }> };
  healthClaims: Array<{ ruleId: string; sentence: string; why: string; severity: string }>;
  nearDuplicates: Array<{ documentId: string; title: string; similarity: number }>;
  searchResult: { title: string; description: string; url: string };
  socialCard: { title: string; description: string; imageUrl: string | null };
};

/** A body whose first block holds lists of children `depth` levels down. */
const nestedBody = (depth: number): unknown[] => (depth === 0 ? [] : [{ type: 'list', children: nestedBody(depth - 1) }]);

const ESSAY = [
  'Runners who book a sports massage every few weeks often say their calves feel looser on long runs.',
  'A therapist works through the calf, the shin and the sole of the foot, where plantar fasciitis starts.',
  'Gentle pressure on the iliotibial band can ease the tightness that many marathon runners notice after hills.',
  'None of this replaces a gradual training plan, good shoes and enough sleep between hard sessions.',
].join(' ');
const LONG_SENTENCE =
  'When a runner comes in after a marathon with sore legs and a stiff lower back the therapist will usually start with the calves and then move up the legs slowly while asking how each area feels.';

describe("one article's check, for the quality panel beside the edit view", () => {
  const app = useTestApp({ env: { FRONTEND_URL: 'https://www.stride.example' } });
  let editor: AdminSession;
  beforeAll(async () => {
    editor = await adminSession(app, 'editor');
  });

  const check = (documentId: string, session: AdminSession | null = editor) => {
    const call = app.http().get(`/editorial/articles/${encodeURIComponent(documentId)}/check`);
    return session ? call.set('Authorization', `Bearer ${session.token}`) : call;
  };
  const checked = async (documentId: string): Promise<Check> => {
    const response = await check(documentId);
    expect(response.status).toBe(200);
    return response.body.data;
  };

  it('blocks exactly what the publish guard refuses: the panel and the guard never disagree', async () => {
    const old = new Date();
    old.setUTCMonth(old.getUTCMonth() - 13);
    const cases = [
      await createArticle(app.strapi, { title: 'Complete and ready' }),
      await createArticle(app.strapi, { title: 'Without a review', medicalReview: null }),
      await createArticle(app.strapi, {
        title: 'An old review and no sources',
        medicalReview: { reviewerName: 'Sam Okafor', credentials: 'MCSP', reviewedOn: old.toISOString().slice(0, 10) },
        sources: [],
      }),
    ];
    for (const article of cases) {
      const { blockers } = await checked(article.documentId);
      const publishing = app.strapi.documents('api::article.article').publish({ documentId: article.documentId });
      if (blockers.length === 0) await expect(publishing).resolves.toBeDefined();
      else await expect(publishing).rejects.toThrow(publicationRefusal(blockers));
    }
    expect((await checked(cases[1].documentId)).blockers).toEqual([expect.stringMatching(/medical review/)]);
    expect((await checked(cases[2].documentId)).blockers).toEqual([
      expect.stringMatching(/from the last 12 months/),
      'at least one source',
    ]);
  });

  it('flags health claims with the sentence and why, lists long sentences, and finds a near-copy', async () => {
    const original = await createArticle(app.strapi, { title: 'Massage for runners', body: [paragraph(ESSAY)] });
    const copy = await createArticle(app.strapi, {
      title: 'Why runners book massage',
      body: [paragraph(`${ESSAY} A massage also flushes out toxins from tired legs.`), paragraph(LONG_SENTENCE)],
    });
    const result = await checked(copy.documentId);
    expect(result.healthClaims).toEqual([
      expect.objectContaining({
        ruleId: 'removes-toxins',
        severity: 'disputed',
        sentence: 'A massage also flushes out toxins from tired legs.',
      }),
    ]);
    expect(result.healthClaims[0].why).toMatch(/toxins/);
    expect(result.readability.longestSentences).toEqual([{ text: LONG_SENTENCE, words: 37 }]);
    expect(result.nearDuplicates).toEqual([
      { documentId: original.documentId, title: 'Massage for runners', similarity: expect.any(Number) },
    ]);
    expect(result.nearDuplicates[0].similarity).toBeGreaterThanOrEqual(0.5);
  });

  it('previews the search result and social card from the SEO fields, falling back to the article’s own', async () => {
    const plain = await createArticle(app.strapi, { title: 'Shin splints in new runners', excerpt: 'What helps, and when to rest.' });
    const plainCheck = await checked(plain.documentId);
    expect(plainCheck.searchResult).toEqual({
      title: 'Shin splints in new runners',
      description: 'What helps, and when to rest.',
      url: `https://www.stride.example/articles/${plain.slug}`,
      limits: { title: 60, description: { min: 120, max: 160 } },
    });
    expect(plainCheck.suggestions).toEqual(['an SEO description', 'a cover image']);
    const tuned = await createArticle(app.strapi, {
      title: 'Shin splints again',
      seo: { metaTitle: 'Shin splints: a runner’s guide', metaDescription: 'Short.' },
    });
    const tunedCheck = await checked(tuned.documentId);
    expect(tunedCheck.socialCard).toMatchObject({ title: 'Shin splints: a runner’s guide', description: 'Short.', imageUrl: null });
    expect(tunedCheck.suggestions[0]).toMatch(/120-160 characters \(it has 6\)/);
  });

  it('is behind the admin login and the right to read articles, and answers an unknown article with a JSON 404', async () => {
    const article = await createArticle(app.strapi, { title: 'Behind the login' });
    expect((await check(article.documentId, null)).status).toBe(401);
    const author = await adminSession(app, 'author');
    expect((await check(article.documentId, author)).status).toBe(200);
    const missing = await check('no-such-document');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ data: null, error: { status: 404, message: 'No article has this documentId.' } });
  });
  it('checks the edit view’s unsaved values laid over the saved draft, and writes nothing', async () => {
    // Signed off for the body it was saved with.
    const draft = await createArticle(app.strapi, { title: 'Saved title' });
    const unsaved = await app
      .http()
      .post(`/editorial/articles/${draft.documentId}/check`)
      .set('Authorization', `Bearer ${editor.token}`)
      .send({
        data: {
          title: 'Typed title',
          body: [{ type: 'paragraph', children: [{ type: 'text', text: 'A session will detox your legs.' }] }],
          medicalReview: {
            reviewerName: 'Noor Haddad',
            credentials: 'MCSP',
            reviewedOn: new Date().toISOString().slice(0, 10),
            __temp_key__: 'a0',
          },
          seo: { metaTitle: null, metaDescription: null, id: 3 },
        },
      });
    expect(unsaved.status).toBe(200);
    // The typed body is not the one the reviewer signed off; the review typed into the form is
    // not taken at all (only a sign-off writes one).
    expect(unsaved.body.data.blockers).toEqual([
      'a new sign-off by a medical reviewer: the body, sources or FAQ changed after the last one',
    ]);
    expect(unsaved.body.data.review).toMatchObject({ matchesThisVersion: false, signedOff: { reviewerName: 'Priya Test' } });
    expect(unsaved.body.data.searchResult.title).toBe('Typed title');
    expect(unsaved.body.data.healthClaims.map((claim: { ruleId: string }) => claim.ruleId)).toEqual(['detox']);
    const stored = await app.strapi.db
      .query('api::article.article')
      .findOne({ where: { documentId: draft.documentId }, populate: ['medicalReview'] });
    expect([stored.title, stored.medicalReview.reviewerName]).toEqual(['Saved title', 'Priya Test']);
  });

  it.each([
    ['data that is not an object', { data: 'title' }, /"data" must be/],
    ['a title that is not text', { data: { title: 42 } }, /"title" must be text/],
    ['a body that is not a list', { data: { body: { type: 'paragraph' } } }, /"body" must be a list/],
    ['a body nested too deep', { data: { body: nestedBody(14) } }, /nested at most 12 deep/],
    ['sources that are not a list', { data: { sources: 'NHS' } }, /"sources" must be a list/],
    ['FAQ entries that are not objects', { data: { faq: ['Does it hurt?'] } }, /"faq.0" must be an object/],
    [
      'a source year that is not a number',
      { data: { sources: [{ title: 'NHS', year: 'recent' }] } },
      /"sources.0.year" must be a whole number/,
    ],
    ['a review cycle that is not a number', { data: { reviewIntervalMonths: 'six' } }, /"reviewIntervalMonths" must be a whole number/],
  ])('refuses %s with a JSON 400', async (_case, body, message) => {
    const draft = await createArticle(app.strapi, { title: 'Shape checks' });
    const response = await app
      .http()
      .post(`/editorial/articles/${draft.documentId}/check`)
      .set('Authorization', `Bearer ${editor.token}`)
      .send(body);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ data: null, error: { status: 400, message: expect.stringMatching(message) } });
  });
});
