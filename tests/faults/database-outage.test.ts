import { Client } from 'pg';
import { publishTitleFromAnotherInstance } from '../../scripts/lib/publish-from-another-instance';
import { createArticle, createFullAccessToken, reviewAndSources, bodyOfWords } from '../helpers/content';
import { cached, within } from '../helpers/cache-reads';
import { startRestartablePostgres } from '../helpers/restartable-postgres';
import { currentDatabase, startTestApp, type TestApp } from '../helpers/strapi';

// An outage means a database server going away: SQLite is a file inside the app's process,
// so there is nothing to take down and the test body only runs on PostgreSQL.
const describeOnPostgres = currentDatabase() === 'postgres' ? describe : describe.skip;

const LIST = '/api/articles?fields[0]=title&sort=publishedAt:desc';
const FAIL_FAST_MS = 5000;

const outageAnswer = {
  data: null,
  error: { status: 503, name: 'ServiceUnavailableError', message: expect.any(String), details: {} },
};

describeOnPostgres('A PostgreSQL outage (PostgreSQL only: SQLite has no server to take away)', () => {
  let server: Awaited<ReturnType<typeof startRestartablePostgres>>;
  let app: TestApp;
  let token: string;
  let article: { documentId: string; slug: string };

  /** A change the app hears of only through LISTEN/NOTIFY, as if another instance had made it. */
  const renameFromAnotherInstance = async (title: string) => {
    const client = new Client({ connectionString: server.url });
    await client.connect();
    await publishTitleFromAnotherInstance(client, { documentId: article.documentId, title, origin: 'another-instance' });
    await client.end();
  };
  const titleOnPage = async () => (await app.http().get(`/api/articles/slug/${article.slug}`)).body.data?.title;

  beforeAll(async () => {
    // A cluster of this file's own: the suite's shared one must stay up for other test files.
    server = await startRestartablePostgres();
    // The production timeouts: how fast an outage is answered is what this file checks.
    app = await startTestApp({
      env: {
        DATABASE_URL: server.url,
        DATABASE_POOL_MIN: '0',
        DATABASE_POOL_MAX: '5',
        DATABASE_CONNECTION_TIMEOUT: '5000',
        DATABASE_CONNECT_TIMEOUT: '5000',
      },
    });
    token = await createFullAccessToken(app.strapi);
    article = (await createArticle(app.strapi, { title: 'Running through an outage' }, true)) as unknown as typeof article;
  });
  afterAll(async () => {
    await app?.stop();
    await server?.stop();
  });

  it("answers reads and writes at once with 503, Retry-After and Strapi's error shape", async () => {
    await cached(app, LIST);
    await server.halt();

    const requests = {
      'public list (uncached)': () => app.http().get('/api/articles?fields[0]=slug'),
      'public page (uncached)': () => app.http().get('/api/articles/slug/never-read-before'),
      'write with an API token': () =>
        app
          .http()
          .post('/api/articles')
          // A draft: publishing would also need a medical reviewer's sign-off, which no token can give.
          .query({ status: 'draft' })
          .set('Authorization', `Bearer ${token}`)
          .send({ data: { title: 'Written during the outage', body: bodyOfWords(10), sources: reviewAndSources().sources } }),
    };
    for (const [name, send] of Object.entries(requests)) {
      const started = Date.now();
      const response = await send();
      expect([name, response.status, response.headers['retry-after'], response.headers['cache-control']]).toEqual([
        name,
        503,
        '5',
        'no-store',
      ]);
      expect(response.body).toEqual(outageAnswer);
      expect(Date.now() - started).toBeLessThan(FAIL_FAST_MS);
    }
    // The listener lost its connection too, so nothing cached can be trusted any more.
    expect((await app.http().get(LIST)).status).toBe(503);
    // Liveness stays answered: the process is fine, only its database is away.
    expect((await app.http().get('/_health')).status).toBe(204);
  });

  it('recovers by itself once PostgreSQL is back, with no answer left stale by a lost notification', async () => {
    await server.resume();
    // Made while the app's listener may still be reconnecting: it must not be lost either way.
    await renameFromAnotherInstance('Renamed while the listener was away');

    const started = Date.now();
    await within(10_000, async () => (await app.http().get('/api/articles?fields[0]=slug')).status === 200);
    expect(Date.now() - started).toBeLessThan(10_000);
    await within(3000, async () => (await titleOnPage()) === 'Renamed while the listener was away');

    const written = await app
      .http()
      .post('/api/articles')
      .query({ status: 'draft' })
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'Written after the outage', body: bodyOfWords(10), sources: reviewAndSources().sources } });
    expect(written.status).toBe(201);
  });

  it('the response cache hears other instances again after the outage', async () => {
    const page = `/api/articles/slug/${article.slug}`;
    // Until its listener is back the instance keeps nothing (it could not hear a write): wait for that.
    await within(5000, async () => {
      await app.http().get(page);
      return (await app.http().get(page)).headers['x-cache'] === 'HIT';
    });
    await renameFromAnotherInstance('Renamed by another instance after the outage');
    await within(3000, async () => (await titleOnPage()) === 'Renamed by another instance after the outage');
  });
});
