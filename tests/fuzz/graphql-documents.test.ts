import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema } from 'graphql';
import { seedFuzzContent, type FuzzTargets } from '../helpers/fuzz-content';
import { assertGraphqlProperties, requestProperty, FuzzTally, rawClient } from '../helpers/fuzz';
import { graphqlDocuments, type GraphqlCase } from '../helpers/fuzz-graphql';
import { fuzzTimeout, runFuzzer, type FuzzSuite } from '../helpers/fuzz-runs';
import { graphql } from '../helpers/graphql';
import { useTestApp } from '../helpers/strapi';
import { GRAPHQL_COUNTEREXAMPLES } from './counterexamples';

describe('arbitrary GraphQL documents against /graphql', () => {
  const app = useTestApp();
  // Fixed, so that `npm test` sends the same documents on every run; `npm run fuzz` draws new ones.
  const suite: FuzzSuite = {
    name: 'graphql',
    file: 'tests/fuzz/graphql-documents.test.ts',
    seeds: [20261203, -1509781382],
    runsPerSeed: 150,
  };
  let targets: FuzzTargets;
  let schema: GraphQLSchema;
  let client: ReturnType<typeof rawClient>;
  let tally: FuzzTally;

  beforeAll(async () => {
    targets = await seedFuzzContent(app);
    // Introspection is on outside production: the generator builds its documents from the real schema.
    schema = buildClientSchema((await graphql(app, getIntrospectionQuery())).body.data);
    client = rawClient(app);
    tally = new FuzzTally(suite.name, app.database);
  });
  afterAll(() => {
    client?.close();
    tally?.write();
  });

  const send = ({ query, variables, method }: GraphqlCase) =>
    method === 'POST'
      ? client.send('POST', '/graphql', JSON.stringify({ query, variables }), { 'content-type': 'application/json' })
      : client.send('GET', `/graphql?${new URLSearchParams({ query, variables: JSON.stringify(variables) })}`, undefined, {
          'apollo-require-preflight': 'true',
        });

  const sendAndCheck = async (document: GraphqlCase) => {
    const response = await send(document);
    tally.record(`${document.method} ${document.query.trimStart().split(/[\s({]/)[0] || '(blank)'}`, response.status);
    tally.refusal(response.status, assertGraphqlProperties(response, targets.markers, document.query.trimStart().startsWith('mutation')));
  };

  it.each(GRAPHQL_COUNTEREXAMPLES)('counterexample: %s', async (_name, document) => {
    await sendAndCheck(document);
  });

  it(
    'never answer 5xx or an internal error, always explain a 4xx, never show drafts or secrets, never write',
    async () => {
      await runFuzzer({ ...suite, database: app.database }, () => requestProperty(graphqlDocuments(schema, targets), sendAndCheck));
    },
    fuzzTimeout(suite)
  );
});
