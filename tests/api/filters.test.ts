import { seedDemoContent } from '../../src/operations/seed/seed-demo-content';
import { useTestApp } from '../helpers/strapi';
import { graphql } from '../helpers/graphql';

type Article = { slug: string; publishedAt: string; topics?: Array<{ slug: string }>; conditions?: Array<{ slug: string }> };

describe('filtering, sorting, pagination and populate on the public API', () => {
  const app = useTestApp();
  beforeAll(async () => {
    await seedDemoContent(app.strapi);
  });

  const articles = (query: Record<string, unknown>) => app.http().get('/api/articles').query(query);

  it('articles by topic slug, newest first', async () => {
    const response = await articles({
      filters: { topics: { slug: { $eq: 'recovery' } } },
      sort: ['publishedAt:desc'],
      populate: ['topics'],
    });
    expect(response.status).toBe(200);
    const list: Article[] = response.body.data;
    expect(list.length).toBeGreaterThan(1);
    for (const article of list) expect(article.topics?.map((topic) => topic.slug)).toContain('recovery');
    const dates = list.map((article) => Date.parse(article.publishedAt));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('articles by condition slug', async () => {
    const response = await articles({ filters: { conditions: { slug: { $eq: 'plantar-fasciitis' } } }, populate: ['conditions'] });
    const list: Article[] = response.body.data;
    expect(list.length).toBeGreaterThan(0);
    for (const article of list) expect(article.conditions?.map((condition) => condition.slug)).toContain('plantar-fasciitis');
  });

  it('an unknown topic gives an empty list, not an error', async () => {
    const response = await articles({ filters: { topics: { slug: { $eq: 'no-such-topic' } } } });
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual([]);
  });

  it('pages through the articles with a total count', async () => {
    const first = await articles({ pagination: { page: 1, pageSize: 2 }, sort: ['publishedAt:desc'] });
    const second = await articles({ pagination: { page: 2, pageSize: 2 }, sort: ['publishedAt:desc'] });
    expect(first.body.meta.pagination).toMatchObject({ page: 1, pageSize: 2, total: 6, pageCount: 3 });
    expect(first.body.data).toHaveLength(2);
    expect(second.body.data[0].slug).not.toBe(first.body.data[0].slug);
  });

  it('caps the page size at 100', async () => {
    const response = await articles({ pagination: { pageSize: 5000 } });
    expect(response.status).toBe(200);
    expect(response.body.meta.pagination.pageSize).toBe(100);
  });

  it('returns only the fields asked for', async () => {
    const response = await articles({ fields: ['title', 'slug'] });
    expect(Object.keys(response.body.data[0]).sort()).toEqual(['documentId', 'id', 'slug', 'title']);
  });

  it.each([
    ['an unknown query parameter', { colour: 'blue' }],
    ['a sort on a field that does not exist', { sort: ['nope:desc'] }],
    ['a filter on a field that does not exist', { filters: { nope: { $eq: 1 } } }],
    ['an unknown filter operator', { filters: { title: { $regexp: '.*' } } }],
    ['populate of a relation that does not exist', { populate: ['nope'] }],
  ])('%s is a 400 with a JSON error', async (_case, query) => {
    const response = await articles(query);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ status: 400, name: 'ValidationError', message: expect.any(String) });
  });

  it('GraphQL filters by topic and sorts newest first the same way', async () => {
    const response = await graphql(
      app,
      `
        {
          articles(filters: { topics: { slug: { eq: "recovery" } } }, sort: "publishedAt:desc") {
            slug
            publishedAt
          }
        }
      `
    );
    expect(response.body.errors).toBeUndefined();
    const rest = await articles({ filters: { topics: { slug: { $eq: 'recovery' } } }, sort: ['publishedAt:desc'] });
    expect(response.body.data.articles.map((a: Article) => a.slug)).toEqual(rest.body.data.map((a: Article) => a.slug));
  });
});
