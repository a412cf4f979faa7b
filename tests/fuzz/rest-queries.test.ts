import { seedFuzzContent, type FuzzTargets } from '../helpers/fuzz-content';
import { assertRestProperties, requestProperty, FuzzTally, rawClient } from '../helpers/fuzz';
import { restRequests, type RestCase } from '../helpers/fuzz-rest-requests';
import { fuzzTimeout, runFuzzer, type FuzzSuite } from '../helpers/fuzz-runs';
import { useTestApp } from '../helpers/strapi';
import { REST_COUNTEREXAMPLES } from './counterexamples';

describe('arbitrary REST queries against the public API', () => {
  const app = useTestApp();
  // Fixed, so that `npm test` sends the same requests on every run; `npm run fuzz` draws new ones.
  const suite: FuzzSuite = { name: 'rest', file: 'tests/fuzz/rest-queries.test.ts', seeds: [20261203, 7, -451], runsPerSeed: 250 };
  let targets: FuzzTargets;
  let client: ReturnType<typeof rawClient>;
  let tally: FuzzTally;

  beforeAll(async () => {
    targets = await seedFuzzContent(app);
    client = rawClient(app);
    tally = new FuzzTally(suite.name, app.database);
  });
  afterAll(() => {
    client?.close();
    tally?.write();
  });

  const sendAndCheck = async ({ route, url, answers }: RestCase) => {
    const response = await client.send('GET', url);
    tally.record(route, response.status);
    tally.refusal(response.status, assertRestProperties(response, targets.markers, answers));
  };

  it.each(REST_COUNTEREXAMPLES)('counterexample: %s', async (_name, request) => {
    await sendAndCheck(request);
  });

  it(
    'never answer 5xx, always answer 4xx in Strapi error JSON, and never show drafts, private fields or credentials',
    async () => {
      await runFuzzer({ ...suite, database: app.database }, () => requestProperty(restRequests(app.strapi, targets), sendAndCheck));
    },
    fuzzTimeout(suite)
  );
});
