import { createArticle, createTopic } from '../helpers/content';
import { graphql } from '../helpers/graphql';
import { useTestApp } from '../helpers/strapi';

// Found by the GraphQL fuzzer (tests/fuzz/graphql-documents.test.ts): each was a 500 or an
// INTERNAL_SERVER_ERROR before.
describe('GraphQL documents the server used to choke on', () => {
  const app = useTestApp();
  beforeAll(async () => {
    const topic = await createTopic(app.strapi, { name: 'Mobility' }, true);
    await createArticle(app.strapi, { title: 'Ankle mobility', topics: [topic.documentId] }, true);
  });

  it.each([
    [
      'two fragments spreading each other',
      '{ articles { ...F } } fragment F on Article { ...G } fragment G on Article { ...F }',
      'Cannot spread fragment "F" within itself via "G".',
    ],
    [
      'a fragment spreading itself',
      '{ articles { ...F } } fragment F on Article { title ...F }',
      'Cannot spread fragment "F" within itself.',
    ],
    ['a spread of a fragment that does not exist', '{ articles { ...Missing } }', 'Unknown fragment "Missing".'],
  ])('%s is a 400 validation error', async (_case, query, message) => {
    const response = await graphql(app, query);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
  });

  it('the same refusal comes over GET', async () => {
    const query = '{ articles { ...F } } fragment F on Article { ...F }';
    const response = await app.http().get('/graphql').query({ query }).set('apollo-require-preflight', 'true');
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('fragments that are fine still work', async () => {
    const response = await graphql(
      app,
      '{ articles { ...Card } } fragment Card on Article { title topics { ...Tag } } fragment Tag on Topic { name }'
    );
    expect(response.body).toEqual({ data: { articles: [{ title: 'Ankle mobility', topics: [{ name: 'Mobility' }] }] } });
  });

  it('a body that is not JSON gets a GraphQL error, not the REST one', async () => {
    const response = await app.http().post('/graphql').set('Content-Type', 'application/json').send('{"query": ');
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({
      message: expect.stringMatching(/not valid JSON/),
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('pagination: null means no pagination on lists, relations, components and connections', async () => {
    const response = await graphql(
      app,
      `
        query Lists($pagination: PaginationArg) {
          articles(pagination: null) {
            title
            topics(pagination: null) {
              name
            }
            sources(pagination: $pagination) {
              title
            }
          }
          articles_connection(pagination: $pagination) {
            nodes {
              title
            }
            pageInfo {
              page
              pageSize
              total
            }
          }
        }
      `,
      { pagination: null }
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.articles).toEqual([
      { title: 'Ankle mobility', topics: [{ name: 'Mobility' }], sources: [{ title: 'Sports injuries' }] },
    ]);
    expect(response.body.data.articles_connection).toEqual({
      nodes: [{ title: 'Ankle mobility' }],
      pageInfo: { page: 1, pageSize: 25, total: 1 },
    });
  });
});
