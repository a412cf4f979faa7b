import { seedDemoContent } from '../../src/operations/seed/seed-demo-content';
import { graphql } from '../helpers/graphql';
import { useTestApp } from '../helpers/strapi';

type Pool = {
  numUsed: () => number;
  numPendingAcquires: () => number;
  on: (event: 'acquireRequest', listener: () => void) => void;
  removeListener: (event: 'acquireRequest', listener: () => void) => void;
};

/**
 * The most connections the pool had handed out or promised at once. Strapi runs every Document
 * Service read in a transaction of its own, which holds a connection, so a fan-out shows as a
 * queue of acquisitions rather than as reads running side by side.
 */
const watchPool = (pool: Pool) => {
  const seen = { most: 0 };
  const onRequest = () => (seen.most = Math.max(seen.most, pool.numUsed() + pool.numPendingAcquires()));
  pool.on('acquireRequest', onRequest);
  return { seen, stop: () => pool.removeListener('acquireRequest', onRequest) };
};

const aliases = (count: number, selection: (index: number) => string) =>
  Array.from({ length: count }, (_, index) => `a${index}: ${selection(index)}`).join(' ');

describe('one GraphQL operation and the connection pool', () => {
  const concurrency = 3;
  const app = useTestApp({ env: { GRAPHQL_FETCH_CONCURRENCY: String(concurrency) } });
  let watch: ReturnType<typeof watchPool>;

  beforeAll(async () => {
    await seedDemoContent(app.strapi);
  });
  beforeEach(() => {
    watch = watchPool(app.strapi.db.connection.client.pool as Pool);
  });
  afterEach(() => watch.stop());

  it('runs 300 aliased root fields a few at a time, and answers every one of them', async () => {
    const single = await graphql(
      app,
      `
        {
          articles {
            title
          }
        }
      `
    );
    watch.seen.most = 0;

    const response = await graphql(app, `{ ${aliases(300, () => `articles { title }`)} }`);

    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(Object.keys(response.body.data)).toHaveLength(300);
    for (const answer of Object.values(response.body.data)) expect(answer).toEqual(single.body.data.articles);
    // Without the limit all 300 ask for a connection in the same turn and queue in the pool,
    // where the last ones time out. (The request's own permission lookup may add one.)
    expect(watch.seen.most).toBeGreaterThan(0);
    expect(watch.seen.most).toBeLessThanOrEqual(concurrency + 1);
  });

  it('runs differently filtered relation batches a few at a time too', async () => {
    const topics = await app.strapi.documents('api::topic.topic').findMany({ status: 'published', fields: ['name'] });
    const names = topics.map((topic) => String(topic.name));
    expect(names.length).toBeGreaterThan(1);
    watch.seen.most = 0;

    const selection = (index: number) =>
      `topics(filters: { name: { eq: ${JSON.stringify(names[index % names.length])} } }, pagination: { limit: ${index + 1} }) { name }`;
    const response = await graphql(app, `{ articles(pagination: { pageSize: 5 }) { slug ${aliases(40, selection)} } }`);

    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.articles.length).toBeGreaterThan(0);
    // One root field, then one batch per distinct alias: never more than the limit of each at once.
    expect(watch.seen.most).toBeLessThanOrEqual(2 * concurrency + 1);
  });
});

describe('GRAPHQL_FETCH_CONCURRENCY set to something that is not a count', () => {
  const app = useTestApp({ env: { GRAPHQL_FETCH_CONCURRENCY: 'four' } });

  it('keeps the default limit instead of failing every operation', async () => {
    const response = await graphql(
      app,
      `
        {
          a: articles {
            title
          }
          b: articles {
            title
          }
        }
      `
    );
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
  });
});
