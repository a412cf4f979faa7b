import { createArticle, createTopic } from '../helpers/content';
import { graphql } from '../helpers/graphql';
import { useTestApp } from '../helpers/strapi';

type GraphqlError = { message: string; extensions?: { code?: string } };

// Every list, connection and nested relation checks its sort, filters and pagination in the
// one place REST does (src/content-model/query-validation). First found by the GraphQL fuzzer on PostgreSQL
// (seed -1509781382): an empty sort key on a connection nested in a list reached the query
// builder, an internal error ("Attribute  not found on model api::article.article").
describe('GraphQL list arguments are checked wherever a list appears', () => {
  const app = useTestApp();
  beforeAll(async () => {
    const author = await app.strapi.documents('api::author.author').create({ data: { name: 'Robin Physio' } });
    const topic = await createTopic(app.strapi, { name: 'Recovery' }, true);
    for (const title of ['Ankle mobility', 'Calf stretches']) {
      await createArticle(app.strapi, { title, author: author.documentId, topics: [topic.documentId] }, true);
    }
  });

  const errorsOf = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await graphql(app, query, variables);
    expect(response.status).toBeLessThan(500);
    return (response.body.errors ?? []) as GraphqlError[];
  };

  it('the fuzzer counterexample is a user error', async () => {
    const errors = await errorsOf(
      `query Fuzz($v1: ID!, $v2: [String]) { author(documentId: $v1) { documentId }
        authors_connection { nodes { createdAt articles_connection(sort: $v2) { __typename } } nodes { documentId } pageInfo { total } } }`,
      { v1: '', v2: ['.'] }
    );
    expect(errors.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(errors[0].message).toMatch(/"\." is not a sort key/);
  });

  it.each([
    ['a root list', '{ articles(sort: $sort) { title } }'],
    ['a root connection', '{ articles_connection(sort: $sort) { nodes { title } } }'],
    ['a relation nested in a list', '{ authors { articles(sort: $sort) { title } } }'],
    ['a connection nested in a list', '{ authors { articles_connection(sort: $sort) { nodes { title } } } }'],
    ['a connection nested in a connection', '{ topics_connection { nodes { articles_connection(sort: $sort) { nodes { title } } } } }'],
    [
      'a relation nested in a relation',
      '{ topics(pagination: { limit: 2 }) { articles(pagination: { limit: 2 }) { topics(sort: $sort) { name } } } }',
    ],
  ])('an unknown sort key, or one with an empty name, on %s is a user error', async (_where, selection) => {
    const query = `query($sort: [String]) ${selection}`;
    for (const sort of [['.'], ['title.'], ['.title:asc'], ['title,.'], ['nope:asc'], ['author.nope']]) {
      const errors = await errorsOf(query, { sort });
      // One error per parent whose relation was asked for: each must be the user's.
      const codes = new Set(errors.map((error) => error.extensions?.code));
      expect({ sort, codes: [...codes] }).toEqual({ sort, codes: ['BAD_USER_INPUT'] });
    }
  });

  it('a filter the database cannot run, on a relation nested in a list, is a user error', async () => {
    const errors = await errorsOf('{ authors { articles_connection(filters: { documentId: { and: [""] } }) { nodes { title } } } }');
    expect(errors.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('page and offset pagination together are the same pagination error on a nested list as on a root list', async () => {
    const root = await errorsOf('{ articles(pagination: { page: 1, start: 0 }) { title } }');
    const nested = await errorsOf('{ authors { articles(pagination: { page: 1, start: 0 }) { title } } }');
    expect(root.map((error) => error.extensions?.code)).toEqual(['STRAPI_PAGINATION_ERROR']);
    expect(nested.map(({ message, extensions }) => ({ message, code: extensions?.code }))).toEqual(
      root.map(({ message, extensions }) => ({ message, code: extensions?.code }))
    );
  });

  it('valid arguments on nested lists still sort and page', async () => {
    const response = await graphql(
      app,
      '{ authors { articles(sort: "title:desc") { title } articles_connection(sort: ["title:asc"], pagination: { pageSize: 1 }) { nodes { title } } } }'
    );
    expect(response.body.errors).toBeUndefined();
    const [author] = response.body.data.authors;
    expect(author.articles.map((article: { title: string }) => article.title)).toEqual(['Calf stretches', 'Ankle mobility']);
    expect(author.articles_connection.nodes).toEqual([{ title: 'Ankle mobility' }]);
  });
});
