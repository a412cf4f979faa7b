import fc from 'fast-check';
import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema } from 'graphql';
import { seedFuzzContent, type FuzzTargets } from '../helpers/fuzz-content';
import { assertGraphqlProperties, fuzzParameters, requestProperty, fuzzTimeout, FuzzTally, rawClient } from '../helpers/fuzz';
import { graphqlDocuments, type GraphqlCase } from '../helpers/fuzz-graphql';
import { graphql } from '../helpers/graphql';
import { useTestApp } from '../helpers/strapi';

const RUNS = 500;

describe('arbitrary GraphQL documents against /graphql', () => {
  const app = useTestApp();
  let targets: FuzzTargets;
  let schema: GraphQLSchema;
  let client: ReturnType<typeof rawClient>;
  let tally: FuzzTally;

  beforeAll(async () => {
    targets = await seedFuzzContent(app);
    // Introspection is on outside production: the generator builds its documents from the real schema.
    schema = buildClientSchema((await graphql(app, getIntrospectionQuery())).body.data);
    client = rawClient(app);
    tally = new FuzzTally('graphql', app.database);
  });
  afterAll(() => {
    client?.close();
    tally?.write();
  });

  const send = ({ query, variables, method }: GraphqlCase) =>
    method === 'POST'
      ? client.send('POST', '/graphql', JSON.stringify({ query, variables }), { 'content-type': 'application/json' })
      : client.send('GET', `/graphql?${new URLSearchParams({ query, variables: JSON.stringify(variables) })}`, undefined, { 'apollo-require-preflight': 'true' });

  it(
    'never answer 5xx or an internal error, always explain a 4xx, never show drafts or secrets, never write',
    async () => {
      await fc.assert(
        requestProperty(graphqlDocuments(schema, targets), async (document) => {
          const response = await send(document);
          tally.record(`${document.method} ${document.query.trimStart().split(/[\s({]/)[0] || '(blank)'}`, response.status);
          tally.refusal(response.status, assertGraphqlProperties(response, targets.markers, document.query.trimStart().startsWith('mutation')));
        }),
        fuzzParameters<[GraphqlCase]>(RUNS)
      );
    },
    fuzzTimeout(RUNS)
  );
});
