import { Client } from 'pg';
import { listenerNameOf } from '../../src/delivery/caching/postgres-bus';
import { startSecondInstance } from '../helpers/app-process';
import { cached, fresh } from '../helpers/cache-reads';
import { createArticle, createFullAccessToken, updateArticleOverRest } from '../helpers/content';
import { currentDatabase, useTestApp, type TestApp } from '../helpers/strapi';

const describeOnPostgres = currentDatabase() === 'postgres' ? describe : describe.skip;

type Notice = { id?: string; origin?: string; confirms?: string };

/**
 * A stand-in for another instance: it listens on the cache's channel under a listener name,
 * and confirms each invalidation the way `confirm` decides (later, or never).
 */
const fakeInstance = async (app: TestApp, confirm: (notice: Notice, send: () => Promise<void>) => void) => {
  const { channel } = app.strapi.config.get('response-cache') as { channel: string };
  const client = new Client((app.strapi.db.connection.client as { config: { connection: object } }).config.connection);
  await client.connect();
  const name = 'fake-instance';
  let ended = false;
  client.once('end', () => (ended = true));
  client.on('notification', ({ payload }) => {
    const notice = JSON.parse(payload!) as Notice;
    if (!notice.id || !notice.origin) return;
    confirm(notice, async () => {
      if (ended) return;
      // Late notices may find the stand-in gone; a confirmation that matters is checked by the test.
      await client
        .query('select pg_notify($1, $2)', [channel, JSON.stringify({ confirms: notice.id, from: name, to: notice.origin })])
        .catch(() => undefined);
    });
  });
  await client.query(`LISTEN ${channel}`);
  await client.query(`select set_config('application_name', $1, false)`, [listenerNameOf(channel, name)]);
  return client;
};

const PAGE = (slug: string) => `/api/articles/slug/${slug}`;

describeOnPostgres('a write is answered once every listening instance has dropped what it changed', () => {
  // Long, so that "answered because the wait ran out" cannot pass for "answered because confirmed".
  const app = useTestApp({ env: { RESPONSE_CACHE_CONFIRM_TIMEOUT_MS: '20000' } });
  let token: string;
  let documentId: string;
  let slug: string;
  beforeAll(async () => {
    token = await createFullAccessToken(app.strapi);
    ({ documentId, slug } = await createArticle(app.strapi, { title: 'Confirmed invalidation' }, true));
  });

  it('the answer comes after the last confirmation, not before', async () => {
    let confirmedAt = 0;
    const other = await fakeInstance(app, (_notice, send) => {
      setTimeout(() => {
        confirmedAt = Date.now();
        void send();
      }, 400);
    });
    try {
      const rest = await updateArticleOverRest(app, token, documentId, { title: 'Confirmed by the other instance' });
      const answeredAt = Date.now();
      expect(rest.status).toBe(200);
      expect(confirmedAt).toBeGreaterThan(0);
      expect(answeredAt).toBeGreaterThanOrEqual(confirmedAt);
    } finally {
      await other.end();
    }
  });

  it('an instance that leaves without confirming is no longer waited for', async () => {
    let leftAt = 0;
    const other = await fakeInstance(app, () => {
      setTimeout(() => {
        leftAt = Date.now();
        void other.end();
      }, 300);
    });
    const started = Date.now();
    const rest = await updateArticleOverRest(app, token, documentId, { title: 'Nobody confirmed this' });
    expect(rest.status).toBe(200);
    expect(leftAt).toBeGreaterThan(0);
    expect(Date.now()).toBeGreaterThanOrEqual(leftAt);
    // Far below the 20 s the writer would otherwise have waited.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('stray payloads on the channel are ignored, and the instance keeps answering', async () => {
    const { channel } = app.strapi.config.get('response-cache') as { channel: string };
    const other = new Client((app.strapi.db.connection.client as { config: { connection: object } }).config.connection);
    await other.connect();
    try {
      for (const payload of ['not json', '42', 'null', '{"from":"x","to":"y"}', '{"origin":"x","tags":"api::article.article","id":"1"}']) {
        await other.query('select pg_notify($1, $2)', [channel, payload]);
      }
    } finally {
      await other.end();
    }
    await cached(app, PAGE(slug));
    expect((await updateArticleOverRest(app, token, documentId, { title: 'After stray payloads' })).status).toBe(200);
    expect((await fresh(app, PAGE(slug))).data.title).toBe('After stray payloads');
  });

  it('two instances: a read on either, right after a write on the other is answered, is fresh', async () => {
    const second = await startSecondInstance(app);
    try {
      for (let round = 0; round < 10; round += 1) {
        const [writer, reader] = round % 2 === 0 ? [second, app] : [app, second];
        await cached(reader, PAGE(slug));
        const title = `Round ${round} of reads after writes`;
        expect((await updateArticleOverRest(writer, token, documentId, { title })).status).toBe(200);
        expect([round, (await fresh(reader, PAGE(slug))).data.title]).toEqual([round, title]);
      }
    } finally {
      await second.stop();
    }
  });
});
