import { paragraph } from '../../src/content-model/rich-text/blocks';
import { documentsOf } from '../../src/content-model/documents';
import { adminSession, type AdminSession } from '../helpers/admin';
import { createArticle } from '../helpers/content';
import { useTestApp } from '../helpers/strapi';

type Linked = { documentId: string; title: string };
type WorkList = {
  cannotPublish: Array<Linked & { missing: string[] }>;
  scheduled: Array<Linked & { action: string; at: string }>;
  scheduleRefused: Array<Linked & { reason: string }>;
  liveClaims: Array<Linked & { sentence: string; why: string; more: number }>;
};

describe('what needs doing, for the admin homepage', () => {
  const app = useTestApp({ env: { SCHEDULED_PUBLISHING: 'false' } });
  let editor: AdminSession;
  beforeAll(async () => {
    editor = await adminSession(app, 'editor');
  });
  const work = async (session: AdminSession | null = editor) => {
    const call = app.http().get('/editorial/work');
    return session ? call.set('Authorization', `Bearer ${session.token}`) : call;
  };

  it('lists unpublishable drafts with what they lack, schedules soonest first, refused schedules and live disputed claims', async () => {
    const soon = new Date(Date.now() + 3_600_000).toISOString();
    const later = new Date(Date.now() + 7_200_000).toISOString();
    const unreviewed = await createArticle(app.strapi, { title: 'Knee pain on the stairs', medicalReview: null });
    await createArticle(app.strapi, { title: 'Ready and waiting' });
    const laterPublish = await createArticle(app.strapi, { title: 'Autumn race prep', scheduledPublishAt: later });
    const sooner = await createArticle(app.strapi, { title: 'Taper week', scheduledPublishAt: soon });
    const refused = await createArticle(app.strapi, { title: 'Refused on schedule', medicalReview: null });
    await documentsOf(app.strapi, 'api::article.article').update({
      documentId: refused.documentId,
      data: { scheduleError: 'Scheduled publish was refused: it needs a medical review.' },
    });
    const claiming = await createArticle(
      app.strapi,
      { title: 'Post-race massage', body: [paragraph('A massage after the race helps to detox the legs. Then rest.')] },
      true
    );
    await createArticle(app.strapi, { title: 'Clean and live' }, true);

    const response = await work();
    expect(response.status).toBe(200);
    const list: WorkList = response.body.data;
    expect(list.cannotPublish.map((row) => row.title)).toEqual(['Refused on schedule', 'Knee pain on the stairs']);
    expect(list.cannotPublish.find((row) => row.documentId === unreviewed.documentId)?.missing).toEqual([
      expect.stringMatching(/^a medical review/),
    ]);
    expect(list.scheduled.map((row) => [row.documentId, row.action])).toEqual([
      [sooner.documentId, 'publish'],
      [laterPublish.documentId, 'publish'],
    ]);
    expect(list.scheduleRefused).toEqual([
      { documentId: refused.documentId, title: 'Refused on schedule', reason: expect.stringMatching(/medical review/) },
    ]);
    expect(list.liveClaims).toEqual([
      {
        documentId: claiming.documentId,
        title: 'Post-race massage',
        sentence: 'A massage after the race helps to detox the legs.',
        why: expect.stringMatching(/Detox/i),
        more: 0,
      },
    ]);
  });

  it('is behind the admin login', async () => {
    const response = await work(null);
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ data: null, error: { status: 401 } });
  });
});
