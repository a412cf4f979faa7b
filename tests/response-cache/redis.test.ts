import zlib from 'zlib';
import { createClient } from 'redis';
import { createRedisStore } from '../../src/delivery/caching/redis-store';
import { seedDemoContent } from '../../src/operations/seed/seed-demo-content';
import { startSecondInstance } from '../helpers/app-process';
import { cached, fresh, rawGet, within } from '../helpers/cache-reads';
import { createFullAccessToken, updateArticleOverRest } from '../helpers/content';
import { useRedisServer } from '../helpers/redis-server';
import { useTestApp } from '../helpers/strapi';

const ARTICLE = 'api::article.article';
const MAIN = 'why-runners-should-get-regular-massage';
const PAGE = `/api/articles/slug/${MAIN}`;

describe('Response cache in Redis (REDIS_URL)', () => {
  const redis = useRedisServer();
  const app = useTestApp({ env: redis.env });
  const articles = () => app.strapi.documents(ARTICLE);
  const publishTitle = (title: string) => articles().update({ documentId: mainId, data: { title } as never, status: 'published' });
  let mainId: string;
  let token: string;
  // A connection of the test's own, to look into Redis and to make it refuse the app's scripts.
  let inspector: ReturnType<typeof createClient>;
  beforeAll(async () => {
    await seedDemoContent(app.strapi);
    token = await createFullAccessToken(app.strapi);
    mainId = (await articles().findFirst({ filters: { slug: MAIN } as never }))!.documentId;
    inspector = createClient({ url: redis.env.REDIS_URL }).on('error', () => undefined);
    await inspector.connect();
  });
  afterAll(() => inspector?.destroy());
  const storedPaths = async (prefix = 'wellness_response_cache') =>
    (await inspector.keys(`${prefix}:entry:*`)).map((key) => key.split(':').slice(3).join(':').split('\n')[0]);

  it('serves a repeated public read from Redis with the same body, headers and compressed forms', async () => {
    const miss = await app.http().get(PAGE);
    expect(miss.headers['x-cache']).toBe('MISS');
    // Redis gets 250 ms per command and is skipped when slower (fail-open): on a loaded machine
    // the very first write (its scripts not loaded yet) may be given up, and the next miss keeps it.
    await within(5000, async () => (await storedPaths()).includes(PAGE) || ((await app.http().get(PAGE)) && false));
    const hit = await app.http().get(PAGE);
    expect(hit.headers['x-cache']).toBe('HIT');
    expect(hit.text).toBe(miss.text);
    for (const header of ['content-type', 'etag', 'cache-control', 'vary', 'content-security-policy', 'x-frame-options']) {
      expect([header, hit.headers[header]]).toEqual([header, miss.headers[header]]);
    }
    for (const [encoding, decode] of [
      ['br', zlib.brotliDecompressSync],
      ['gzip', zlib.gunzipSync],
    ] as const) {
      const compressed = await rawGet(app, PAGE, { 'Accept-Encoding': encoding });
      expect([compressed.headers['x-cache'], compressed.headers['content-encoding']]).toEqual(['HIT', encoding]);
      expect(decode(compressed.body).toString()).toBe(miss.text);
    }
    expect((await app.http().get(PAGE).set('If-None-Match', miss.headers.etag)).status).toBe(304);
  });

  it('a publish drops the shared entry: the next request shows it', async () => {
    await cached(app, PAGE);
    await publishTitle('Renamed with Redis');
    const after = await app.http().get(PAGE);
    expect(after.headers['x-cache']).toBe('MISS');
    expect(after.body.data.title).toBe('Renamed with Redis');
    expect((await app.http().get(PAGE)).headers['x-cache']).toBe('HIT');
  });

  it("two instances share the entries and see each other's publishes at once", async () => {
    const second = await startSecondInstance(app);
    try {
      await cached(app, PAGE);
      // Built by the first instance, served by the second.
      expect((await second.http().get(PAGE)).headers['x-cache']).toBe('HIT');

      const rest = await updateArticleOverRest(second, token, mainId, { title: 'Renamed on the second instance' });
      expect(rest.status).toBe(200);
      expect((await fresh(app, PAGE)).data.title).toBe('Renamed on the second instance');

      await cached(second, PAGE);
      await publishTitle('Renamed on the first instance');
      expect((await fresh(second, PAGE)).data.title).toBe('Renamed on the first instance');
    } finally {
      await second.stop();
    }
  });

  describe('the store, as two instances would use it', () => {
    const entry = { status: 200, headers: { 'content-type': 'application/json' }, body: Buffer.from('{"data":1}'), tags: [ARTICLE] };
    const startStore = async () => {
      const store = createRedisStore(app.strapi, { redisUrl: redis.env.REDIS_URL!, channel: 'store_test' });
      await store.start();
      return store;
    };

    it('an answer begun before a write on another instance is not kept', async () => {
      const [reader, writer] = await Promise.all([startStore(), startStore()]);
      try {
        const since = (await reader.now())!;
        await writer.invalidate([ARTICLE]);
        await reader.set('/race', entry, since);
        expect(await storedPaths('store_test')).not.toContain('/race');
        expect(await reader.get('/race')).toBeUndefined();

        await reader.set('/race', entry, (await reader.now())!);
        expect(await writer.get('/race')).toEqual({ ...entry, gzip: undefined, br: undefined });
      } finally {
        await Promise.all([reader.stop(), writer.stop()]);
      }
    });

    it('an entry is checked against its models on every read, so a lost tag set cannot make it stale', async () => {
      const store = await startStore();
      try {
        await store.set('/orphan', entry, (await store.now())!);
        await inspector.del(`store_test:tag:${ARTICLE}`);
        await store.invalidate([ARTICLE]);
        expect(await storedPaths('store_test')).toContain('/orphan');
        expect(await store.get('/orphan')).toBeUndefined();
      } finally {
        await store.stop();
      }
    });
  });

  it('an invalidation Redis refused is applied before anything is served from it again', async () => {
    await cached(app, PAGE);
    // Redis refuses the command an invalidation begins with: the publish cannot drop the entry,
    // which stays there, stale and readable.
    await inspector.sendCommand(['ACL', 'SETUSER', 'default', '-hincrby']);
    try {
      await publishTitle('Renamed while Redis refused');
      expect(await storedPaths()).toContain(PAGE);
      const during = await app.http().get(PAGE);
      expect([during.status, during.headers['x-cache'], during.body.data.title]).toEqual([200, 'MISS', 'Renamed while Redis refused']);
    } finally {
      await inspector.sendCommand(['ACL', 'SETUSER', 'default', '+hincrby']);
    }
    await within(3000, async () => {
      const res = await app.http().get(PAGE);
      expect(res.body.data.title).toBe('Renamed while Redis refused');
      return res.headers['x-cache'] === 'HIT';
    });
  });

  it('with redis-server gone the app answers 200 uncached, and uses Redis again once it is back', async () => {
    await cached(app, PAGE);
    await redis.kill();
    for (let round = 0; round < 2; round += 1) {
      const res = await app.http().get(PAGE);
      expect([res.status, res.headers['x-cache']]).toEqual([200, 'MISS']);
    }
    await publishTitle('Renamed while Redis was down');
    expect((await fresh(app, PAGE)).data.title).toBe('Renamed while Redis was down');

    await redis.restart();
    // node-redis reconnects by itself, backing off up to two seconds between attempts.
    await within(10_000, async () => (await app.http().get(PAGE)).headers['x-cache'] === 'HIT');
    expect((await fresh(app, PAGE)).data.title).toBe('Renamed while Redis was down');
  });
});
