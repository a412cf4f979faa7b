import fc from 'fast-check';
import { seedFuzzContent, type FuzzTargets } from '../helpers/fuzz-content';
import { assertRestProperties, fuzzParameters, requestProperty, fuzzTimeout, FuzzTally, rawClient } from '../helpers/fuzz';
import { restRequests, type RestCase } from '../helpers/fuzz-rest-requests';
import { useTestApp } from '../helpers/strapi';

const RUNS = 1500;

describe('arbitrary REST queries against the public API', () => {
  const app = useTestApp();
  let targets: FuzzTargets;
  let client: ReturnType<typeof rawClient>;
  let tally: FuzzTally;

  beforeAll(async () => {
    targets = await seedFuzzContent(app);
    client = rawClient(app);
    tally = new FuzzTally('rest', app.database);
  });
  afterAll(() => {
    client?.close();
    tally?.write();
  });

  it(
    'never answer 5xx, always answer 4xx in Strapi error JSON, and never show drafts, private fields or credentials',
    async () => {
      const parameters = fuzzParameters<[RestCase]>(RUNS);
      await fc.assert(
        requestProperty(restRequests(app.strapi, targets), async ({ route, url }) => {
          const response = await client.send('GET', url);
          tally.record(route, response.status);
          tally.refusal(response.status, assertRestProperties(response, targets.markers));
        }),
        parameters
      );
    },
    fuzzTimeout(RUNS)
  );
});
