import { seedDemoContent } from '../../src/operations/seed/seed-demo-content';
import { useTestApp } from '../helpers/strapi';
import { graphql } from '../helpers/graphql';

describe('GraphQL at /graphql', () => {
  const app = useTestApp({ env: { GRAPHQL_MAX_LIMIT: '3', GRAPHQL_DEFAULT_LIMIT: '2' } });
  beforeAll(async () => {
    await seedDemoContent(app.strapi);
  });

  it('serves the same published content as REST', async () => {
    const response = await graphql(
      app,
      `
        {
          articles(pagination: { pageSize: 3 }, sort: "title:asc") {
            title
            slug
            readingTimeMinutes
          }
        }
      `
    );
    const rest = await app
      .http()
      .get('/api/articles')
      .query({ pagination: { pageSize: 3 }, sort: ['title:asc'], fields: ['title', 'slug', 'readingTimeMinutes'] });
    expect(response.body.data.articles).toEqual(
      rest.body.data.map(({ title, slug, readingTimeMinutes }: Record<string, unknown>) => ({ title, slug, readingTimeMinutes }))
    );
  });

  it('applies the default page size when none is asked for', async () => {
    const response = await graphql(
      app,
      `
        {
          articles {
            slug
          }
        }
      `
    );
    expect(response.body.data.articles).toHaveLength(2);
  });

  it('never returns more than the maximum page size', async () => {
    const response = await graphql(
      app,
      `
        {
          articles(pagination: { limit: 1000 }) {
            slug
          }
        }
      `
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.articles).toHaveLength(3);
  });

  it('refuses a query nested deeper than the depth limit with a 400', async () => {
    const deep = `{ articles { topics { articles { topics { articles { topics { articles { topics { articles { slug } } } } } } } } } }`;
    const response = await graphql(app, deep);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].message).toMatch(/exceeds maximum operation depth/);
  });

  it('answers malformed queries with a 400 and a JSON error', async () => {
    const response = await graphql(app, `{ articles { `);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});
