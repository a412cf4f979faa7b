import { currentDatabase, useTestApp } from '../helpers/strapi';
import { startSecondInstance } from '../helpers/app-process';
import { createArticle, createTopic } from '../helpers/content';
import { getIntrospectionQuery } from 'graphql';
import { graphql } from '../helpers/graphql';
import { postInTwoParts } from '../helpers/slow-client';
import type { AddressInfo } from 'net';

const expectJsonError = (response: { status: number; body: { error?: { status?: number; message?: string } } }, status: number) => {
  expect(response.status).toBe(status);
  expect(response.body.error?.status).toBe(status);
  expect(response.body.error?.message).toEqual(expect.any(String));
};

describe('sign-in attempts are limited per address and path', () => {
  const app = useTestApp({ env: { AUTH_RATE_LIMIT_MAX: '5', AUTH_RATE_LIMIT_WINDOW_SECONDS: '60' } });

  it('a sixth /api/auth/local attempt in a minute is a JSON 429, whatever identifier or forwarded address it claims', async () => {
    const attempt = (n: number) =>
      app
        .http()
        .post('/api/auth/local')
        .set('X-Forwarded-For', `203.0.113.${n}`)
        .send({ identifier: `guess-${n}@clinic.test`, password: 'wrong-password', email: `other-${n}@clinic.test` });
    for (let n = 0; n < 5; n += 1) expect((await attempt(n)).status).toBe(400);
    const refused = await attempt(5);
    expectJsonError(refused, 429);
    expect(refused.body.error.name).toBe('RateLimitError');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('spelling the path differently does not open a new allowance', async () => {
    for (const spelling of ['/api/auth/forgot-password', '/API/Auth/Forgot-Password', '/api/auth/forgot-password/']) {
      await app.http().post(spelling).send({ email: 'someone@clinic.test' });
    }
    await app.http().post('/api/auth/forgot-password').send({ email: 'a@clinic.test' });
    await app.http().post('/api/auth/forgot-password').send({ email: 'b@clinic.test' });
    expectJsonError(await app.http().post('/api/auth/forgot-password').send({ email: 'c@clinic.test' }), 429);
  });

  it('admin sign-in is limited the same way, across e-mail addresses', async () => {
    const attempt = (n: number) =>
      app
        .http()
        .post('/admin/login')
        .send({ email: `editor-${n}@clinic.test`, password: 'Wrong-password-1' });
    const statuses = [];
    for (let n = 0; n < 6; n += 1) statuses.push((await attempt(n)).status);
    expect(statuses.slice(0, 5)).not.toContain(429);
    expect(statuses[5]).toBe(429);
  });

  // SQLite runs one instance and counts in memory; PostgreSQL counts for all of them.
  (currentDatabase() === 'postgres' ? it : it.skip)('two instances on one PostgreSQL share one allowance', async () => {
    const other = await startSecondInstance(app);
    try {
      const attempt = (client: { http: typeof app.http }, n: number) =>
        client
          .http()
          .post('/api/auth/reset-password')
          .send({ code: `guess-${n}`, password: 'x', passwordConfirmation: 'x' });
      const statuses = [];
      for (let n = 0; n < 3; n += 1) statuses.push((await attempt(app, n)).status, (await attempt(other, n)).status);
      expect(statuses.slice(0, 5)).not.toContain(429);
      expect(statuses[5]).toBe(429);
    } finally {
      await other.stop();
    }
  });

  it('reading content is not limited', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 20 }, () =>
        app
          .http()
          .get('/api/articles')
          .then((r) => r.status)
      )
    );
    expect(new Set(statuses)).toEqual(new Set([200]));
  });
});

describe('request sizes and query costs are bounded', () => {
  const app = useTestApp();

  beforeAll(async () => {
    const topic = await createTopic(app.strapi, { name: 'Calves' }, true);
    for (let n = 0; n < 3; n += 1) await createArticle(app.strapi, { title: `Calf article ${n}`, topics: [topic.documentId] }, true);
  });

  const oversized = 'x'.repeat(1024 * 1024 + 10);

  it('a JSON body over the limit is a JSON 413, on REST and on GraphQL', async () => {
    expectJsonError(await app.http().post('/api/auth/local').send({ identifier: oversized, password: 'x' }), 413);
    const onGraphql = await graphql(
      app,
      `
        {
          articles {
            title
          }
        }
      `,
      { padding: oversized }
    );
    expect(onGraphql.status).toBe(413);
    expect(onGraphql.type).toMatch(/json/);
  });

  it.each(['/api/auth/local', '/graphql'])(
    '%s reads a body over the limit to its end before the 413, so a slow client sees it',
    async (path) => {
      const { port } = app.strapi.server.httpServer.address() as AddressInfo;
      // Over the limit within the first half, so that the server could answer before the second.
      const body = Buffer.from(JSON.stringify({ query: '{ articles { title } }', identifier: oversized.repeat(3), password: 'x' }));
      const answer = await postInTwoParts(`http://127.0.0.1:${port}${path}`, { 'Content-Type': 'application/json' }, body);
      expect(answer.status).toBe(413);
      expect(answer.answeredBeforeBodyWasSent).toBe(false);
    }
  );

  it('REST page sizes are capped at 100, however they are asked for', async () => {
    for (const query of [
      'pagination[pageSize]=100000',
      'pagination[limit]=100000',
      'pagination[limit]=-1',
      'pagination[start]=0&pagination[limit]=-1',
    ]) {
      const response = await app.http().get(`/api/articles?${query}`);
      expect(response.status).toBe(200);
      const pagination = response.body.meta.pagination;
      expect(pagination.pageSize ?? pagination.limit).toBeLessThanOrEqual(100);
    }
  });

  it('a deeply nested populate or filter is a 400, not a server error', async () => {
    const deepPopulate = `populate${'[topics][populate][articles]'.repeat(12)}=true`;
    const deepFilter = `filters${'[$and][0]'.repeat(30)}[title][$eq]=x`;
    for (const query of [deepPopulate, deepFilter]) {
      const response = await app.http().get(`/api/articles?${query}`);
      expect(response.status).toBeLessThan(500);
      if (response.status !== 200) expectJsonError(response, response.status);
    }
  });

  it('an ordinary page of 100 articles with their topics is within the GraphQL cost bound', async () => {
    const response = await graphql(
      app,
      `
        {
          articles(pagination: { pageSize: 100 }) {
            title
            slug
            topics {
              name
              slug
            }
            author {
              name
            }
          }
        }
      `
    );
    expect(response.status).toBe(200);
    expect(response.body.data.articles).toHaveLength(3);
  });

  it('many aliases of a large page are refused before anything runs', async () => {
    const aliases = Array.from({ length: 60 }, (_, n) => `a${n}: articles(pagination: { pageSize: 100 }) { title body }`).join('\n');
    const response = await graphql(app, `{ ${aliases} }`);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('QUERY_TOO_COSTLY');
  });

  it('nesting lists inside lists is refused, even within the depth limit', async () => {
    const response = await graphql(
      app,
      `
        {
          articles(pagination: { pageSize: 100 }) {
            topics {
              articles {
                topics {
                  name
                }
              }
            }
          }
        }
      `
    );
    expect(response.status).toBe(400);
    expect(response.body.errors[0].message).toMatch(/cost/);
  });

  it('page sizes passed as variables count too', async () => {
    const query = `query Page($size: Int) { articles(pagination: { pageSize: $size }) { topics { articles { title } } } }`;
    expect((await graphql(app, query, { size: 2 })).status).toBe(200);
    expect((await graphql(app, query, { size: 100 })).status).toBe(400);
    // Costing reads the variables first: one of the wrong type is the client's error.
    const outOfRange = await graphql(app, query, { size: 2 ** 31 });
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.body.errors[0].message).toMatch(/32-bit/);
  });

  it('a document with too many tokens is refused while parsing', async () => {
    const fields = Array.from({ length: 4000 }, () => 'title').join(' ');
    const response = await graphql(app, `{ articles { ${fields} } }`);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].message).toMatch(/token/i);
  });

  it('introspection (on outside production) is not counted as a costly query', async () => {
    const response = await graphql(app, getIntrospectionQuery());
    expect(response.status).toBe(200);
    expect(response.body.data.__schema.types.length).toBeGreaterThan(50);
  });

  it('batched operations in one request are refused', async () => {
    const response = await app
      .http()
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send([{ query: '{ articles { title } }' }, { query: '{ topics { name } }' }]);
    expect(response.status).toBe(400);
    expect(response.type).toMatch(/json/);
  });
});
