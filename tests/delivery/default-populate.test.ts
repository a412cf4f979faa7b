import { seedDemoContent } from '../../src/operations/seed/seed-demo-content';
import { useTestApp } from '../helpers/strapi';

describe('Default populate trees of the core routes', () => {
  const app = useTestApp();
  beforeAll(async () => {
    await seedDemoContent(app.strapi);
  });

  it('an article list comes as cards: author, topics and cover, nothing a card does not show', async () => {
    const { body } = await app.http().get('/api/articles?sort=title:asc').expect(200);
    const card = body.data.find((article: { slug: string }) => article.slug === 'why-runners-should-get-regular-massage');
    expect(card.author).toEqual(expect.objectContaining({ name: expect.any(String), slug: expect.any(String) }));
    expect(card.topics.length).toBeGreaterThan(0);
    expect(Object.keys(card.topics[0]).sort()).toEqual(['documentId', 'id', 'name', 'slug']);
    expect(card).not.toHaveProperty('clinicLocations');
    expect(card).not.toHaveProperty('sources');
  });

  it('a single article comes with what its page shows', async () => {
    const { body: list } = await app.http().get('/api/articles?filters[slug][$eq]=why-runners-should-get-regular-massage&fields[0]=slug');
    const { body } = await app.http().get(`/api/articles/${list.data[0].documentId}`).expect(200);
    for (const field of ['author', 'topics', 'benefits', 'conditions', 'clinicLocations', 'medicalReview', 'sources', 'faq']) {
      expect([field, body.data[field] !== undefined]).toEqual([field, true]);
    }
    expect(body.data.clinicLocations[0].address).toEqual(expect.objectContaining({ city: expect.any(String) }));
  });

  it("a client's own populate or fields replace the default", async () => {
    const { body } = await app.http().get('/api/articles?populate[author][fields][0]=name').expect(200);
    expect(body.data[0].author).toEqual(expect.objectContaining({ name: expect.any(String) }));
    expect(body.data[0]).not.toHaveProperty('topics');
    const { body: shaped } = await app.http().get('/api/articles?fields[0]=title').expect(200);
    expect(Object.keys(shaped.data[0]).sort()).toEqual(['documentId', 'id', 'title']);
  });

  it('clinic lists carry their address; condition, benefit and author entries their page relations', async () => {
    const clinics = await app.http().get('/api/clinic-locations').expect(200);
    expect(clinics.body.data[0].address).toEqual(expect.objectContaining({ postalCode: expect.any(String) }));
    const conditions = await app.http().get('/api/conditions?fields[0]=slug');
    const condition = await app.http().get(`/api/conditions/${conditions.body.data[0].documentId}`).expect(200);
    expect(Array.isArray(condition.body.data.benefits)).toBe(true);
    expect(Array.isArray(condition.body.data.alsoKnownAs)).toBe(true);
    const benefits = await app.http().get('/api/benefits?fields[0]=slug');
    const benefit = await app.http().get(`/api/benefits/${benefits.body.data[0].documentId}`).expect(200);
    expect(Array.isArray(benefit.body.data.conditions)).toBe(true);
    const authors = await app.http().get('/api/authors').expect(200);
    expect(authors.body.data[0]).toHaveProperty('avatar');
  });
});
