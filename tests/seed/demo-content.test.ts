import { seedDemoContent } from '../../src/operations/seed/seed-demo-content';
import { useTestApp, type TestApp } from '../helpers/strapi';

const TABLES = ['articles', 'benefits', 'conditions', 'clinic_locations', 'topics', 'authors', 'files'];

type Picture = {
  url: string;
  alternativeText: string;
  width: number;
  height: number;
  mime: string;
  formats: Record<string, { url: string }>;
};

/** Every row of the content tables, with its timestamps: any write would show here. */
const snapshot = async (app: TestApp) => {
  const rows: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    rows[table] = await app.strapi.db.connection(table).select('id', 'document_id', 'updated_at', 'published_at').orderBy('id');
  }
  return rows;
};

describe('demo content', () => {
  // As on a newcomer's first `npm run develop`: an empty database gets the demo content.
  const app = useTestApp({ env: { SEED_DEMO_CONTENT: 'true' } });

  const count = (uid: Parameters<TestApp['strapi']['documents']>[0], status: 'draft' | 'published') =>
    app.strapi.documents(uid).count({ status });

  it('is loaded into an empty database at start-up, with the promised amounts', async () => {
    expect(await count('api::article.article', 'published')).toBeGreaterThanOrEqual(6);
    expect(await count('api::benefit.benefit', 'published')).toBeGreaterThanOrEqual(8);
    expect(await count('api::condition.condition', 'published')).toBeGreaterThanOrEqual(8);
    expect(await count('api::clinic-location.clinic-location', 'published')).toBeGreaterThanOrEqual(3);
    expect(await count('api::topic.topic', 'published')).toBeGreaterThanOrEqual(6);
    expect(await app.strapi.documents('api::author.author').count({})).toBeGreaterThanOrEqual(2);
  });

  it('keeps at least one article as a draft, invisible to the public', async () => {
    const drafts = await count('api::article.article', 'draft');
    const published = await count('api::article.article', 'published');
    expect(drafts).toBeGreaterThan(published);
    const response = await app
      .http()
      .get('/api/articles')
      .query({ pagination: { pageSize: 100 } });
    expect(response.body.data).toHaveLength(published);
  });

  it('names the conditions runners ask about', async () => {
    const response = await app
      .http()
      .get('/api/conditions')
      .query({ fields: ['slug'], pagination: { pageSize: 100 } });
    const slugs = response.body.data.map((condition: { slug: string }) => condition.slug);
    expect(slugs).toEqual(
      expect.arrayContaining(['plantar-fasciitis', 'it-band-syndrome', 'shin-splints', 'achilles-tendinopathy', 'runners-knee', 'doms'])
    );
  });

  it('is cross-linked: every published article has an author, topics, benefits and a medical review', async () => {
    const response = await app
      .http()
      .get('/api/articles')
      .query({
        populate: ['author', 'topics', 'benefits', 'medicalReview', 'sources'],
        pagination: { pageSize: 100 },
      });
    for (const article of response.body.data) {
      expect(article.author?.name).toBeTruthy();
      expect(article.topics.length).toBeGreaterThan(0);
      expect(article.benefits.length).toBeGreaterThan(0);
      expect(article.medicalReview?.reviewerName).toBeTruthy();
      expect(article.sources.length).toBeGreaterThan(0);
      expect(article.readingTimeMinutes).toBeGreaterThan(0);
    }
  });

  it('every article has a generated cover with alt text, and every author an avatar, served with their smaller formats', async () => {
    const response = await app
      .http()
      .get('/api/articles')
      .query({ populate: { cover: { populate: ['image'] }, author: { populate: ['avatar'] } }, pagination: { pageSize: 100 } });
    expect(response.status).toBe(200);
    const covers = new Set<string>();
    for (const article of response.body.data as Array<{ cover: { alt: string; image: Picture }; author: { avatar: Picture } }>) {
      expect(article.cover.alt).toMatch(/^Illustration of a running track winding between .+ hills /);
      expect(article.cover.image).toMatchObject({ mime: 'image/jpeg', width: 1200, height: 675, alternativeText: article.cover.alt });
      expect(Object.keys(article.cover.image.formats)).toEqual(expect.arrayContaining(['thumbnail', 'small', 'medium', 'large']));
      covers.add(article.cover.image.url);
      expect(article.author.avatar).toMatchObject({
        width: 400,
        height: 400,
        alternativeText: expect.stringMatching(/^Illustrated placeholder portrait of /),
      });
      const served = await app.http().get(article.cover.image.formats.small.url);
      expect(served.status).toBe(200);
      expect(served.headers['content-type']).toBe('image/jpeg');
    }
    // One picture per article, not one shared by all.
    expect(covers.size).toBe(response.body.data.length);
  });

  it('clinics have real-looking coordinates and opening hours', async () => {
    const response = await app
      .http()
      .get('/api/clinic-locations')
      .query({ populate: ['openingHours', 'address'] });
    for (const clinic of response.body.data) {
      expect(Math.abs(clinic.latitude)).toBeGreaterThan(0);
      expect(clinic.latitude).toBeLessThanOrEqual(90);
      expect(clinic.openingHours.length).toBeGreaterThan(0);
      expect(clinic.address.city).toBeTruthy();
    }
  });

  it('running the seed again changes nothing', async () => {
    const before = await snapshot(app);
    const report = await seedDemoContent(app.strapi);
    for (const counts of Object.values(report)) {
      expect(counts).toMatchObject({ created: 0, published: 0 });
    }
    expect(await snapshot(app)).toEqual(before);
  });

  it('leaves an editor’s changes alone on a later run', async () => {
    const articles = app.strapi.documents('api::article.article');
    const [first] = await articles.findMany({ filters: { slug: 'why-runners-should-get-regular-massage' } });
    await articles.update({ documentId: first.documentId, data: { title: 'Edited by an editor' } as never });
    await seedDemoContent(app.strapi);
    const after = await articles.findOne({ documentId: first.documentId });
    expect(after?.title).toBe('Edited by an editor');
  });
});
