import fs from 'fs';
import path from 'path';
import type { Knex } from 'knex';
import { startSecondInstance } from '../helpers/app-process';
import { countRows, dumpDocuments } from '../helpers/content-dump';
import { currentDatabase, useTestApp } from '../helpers/strapi';

const MIGRATIONS_DIR = path.resolve(__dirname, '..', '..', 'database', 'migrations');
const SEARCH_INDEX = '2026.11.21T00.00.00.create-search-index.js';
const INVALIDATIONS = '2026.11.21T01.00.00.create-cache-invalidations.js';
const SHARED_FLAG = '2026.11.22T00.00.00.mark-shared-cache-invalidations.js';
const RATE_LIMITS = '2026.11.22T02.00.00.create-auth-rate-limits.js';
const READ_MODEL = '2026.12.04T00.00.00.create-read-model.js';
const SEARCH_CANDIDATES = '2026.12.04T01.00.00.index-search-candidates.js';
const SEARCH_POSTINGS = '2026.12.04T02.00.00.create-search-postings.js';
const SEARCH_FUNCTION = '2026.12.04T03.00.00.create-search-candidates-function.js';
const INLINE_VECTORS = '2026.12.05T00.00.00.keep-search-vectors-inline.js';
const POSTING_ORDER = '2026.12.05T01.00.00.order-search-postings-by-one-key.js';

/**
 * What each migration's `down` would do if it had one: the database as it was before it ran.
 * Strapi 5 remembers a ran migration as a row named after its file in strapi_migrations.
 */
const UNDO: Record<string, (knex: Knex) => Promise<unknown>> = {
  [SEARCH_INDEX]: async (knex) => {
    // Dropping search_entries takes its triggers and (on PostgreSQL) its GIN index with it.
    if (currentDatabase() === 'sqlite') await knex.raw('DROP TABLE IF EXISTS search_entries_fts');
    await knex.schema.dropTableIfExists('search_entries');
    await knex.schema.dropTableIfExists('search_terms');
  },
  [INVALIDATIONS]: (knex) => knex.schema.dropTableIfExists('response_cache_invalidations'),
  [SHARED_FLAG]: (knex) => knex.schema.alterTable('response_cache_invalidations', (table) => table.dropColumn('shared')),
  [RATE_LIMITS]: (knex) => knex.schema.dropTableIfExists('auth_rate_limits'),
  [READ_MODEL]: async (knex) => {
    for (const table of ['read_model_pages', 'read_model_links', 'read_model_counts']) await knex.schema.dropTableIfExists(table);
  },
  // Dropped with search_entries before it on the way back; on PostgreSQL alone there is anything to
  // drop, and only until create-search-candidates-function has dropped it itself.
  [SEARCH_CANDIDATES]: async (knex) => {
    if (currentDatabase() !== 'postgres' || !(await knex.schema.hasTable('search_entries'))) return;
    await knex.raw('DROP INDEX IF EXISTS search_entries_newest');
    await knex.raw('ALTER TABLE search_entries DROP COLUMN IF EXISTS head_vector');
  },
  [SEARCH_POSTINGS]: async (knex) => {
    if (currentDatabase() !== 'postgres') return;
    await knex.raw('DROP TABLE IF EXISTS search_postings');
    await knex.raw('DROP TRIGGER IF EXISTS search_entries_postings ON search_entries');
    await knex.raw('DROP FUNCTION IF EXISTS search_postings_write()');
  },
  // Leaves the head vector out: index-search-candidates, undone next, adds it back when it runs again.
  [SEARCH_FUNCTION]: async (knex) => {
    if (currentDatabase() !== 'postgres') return;
    await knex.raw('DROP FUNCTION IF EXISTS search_newest_holding_all(text[], text[], boolean, integer)');
  },
  // The rows already kept whole stay so; new ones would be toasted at 2 kB again.
  [INLINE_VECTORS]: async (knex) => {
    if (currentDatabase() !== 'postgres' || !(await knex.schema.hasTable('search_entries'))) return;
    await knex.raw('ALTER TABLE search_entries RESET (toast_tuple_target)');
    await knex.raw('ALTER TABLE search_entries ALTER COLUMN search_vector SET STORAGE EXTENDED');
  },
  // Drops the lists it built; those of the old order come back with create-search-postings and
  // create-search-candidates-function, undone with it.
  [POSTING_ORDER]: async (knex) => {
    if (currentDatabase() !== 'postgres') return;
    await knex.raw('DROP TRIGGER IF EXISTS search_entries_postings ON search_entries');
    await knex.raw('DROP TABLE IF EXISTS search_postings');
    await knex.raw('DROP FUNCTION IF EXISTS search_postings_write()');
    await knex.raw('DROP FUNCTION IF EXISTS search_posting_order(timestamptz, integer)');
  },
};

const undo = async (knex: Knex, names: string[]) => {
  for (const name of [...names].sort().reverse()) await UNDO[name]!(knex);
  await knex('strapi_migrations').whereIn('name', names).delete();
};

describe('migrations in database/migrations', () => {
  // The demo content makes the database a populated one. The response cache is off so that no
  // poller of this instance reads the invalidation table while it is taken away.
  const app = useTestApp({ env: { SEED_DEMO_CONTENT: 'true', RESPONSE_CACHE: 'off' } });
  const knex = () => app.strapi.db.connection;
  // The files Strapi runs, picked as it picks them: *.js and *.sql, no dot files, by name.
  const files = fs
    .readdirSync(MIGRATIONS_DIR)
    .filter((name) => !name.startsWith('.') && /\.(js|sql)$/.test(name))
    .sort();
  const ranMigrations = async () => (await knex()('strapi_migrations').select('name')).map((row: { name: string }) => row.name).sort();
  const contentAndRows = async () => ({ documents: await dumpDocuments(app.strapi), rows: await countRows(app.strapi) });

  const hasFullTextIndex = async () => {
    if (currentDatabase() === 'postgres') {
      const { rows } = await knex().raw(`SELECT 1 FROM pg_indexes WHERE indexname = 'search_entries_vector_gin'`);
      return rows.length === 1;
    }
    const objects: Array<{ name: string }> = await knex().raw(
      `SELECT name FROM sqlite_master WHERE tbl_name IN ('search_entries', 'search_entries_fts')`
    );
    return ['search_entries_fts', 'search_entries_ai', 'search_entries_ad', 'search_entries_au'].every((name) =>
      objects.some((object) => object.name === name)
    );
  };

  it('knows how to undo every migration file, and a new database has run them all', async () => {
    expect(Object.keys(UNDO).sort()).toEqual(files);
    expect(await ranMigrations()).toEqual(expect.arrayContaining(files));
  });

  it('runs all of them forward on a database from before them, keeping every document and row', async () => {
    const before = await contentAndRows();
    const publishedSearchable = await Promise.all(
      (['api::article.article', 'api::condition.condition', 'api::benefit.benefit'] as const).map((uid) =>
        app.strapi.documents(uid).count({ status: 'published' })
      )
    );
    await undo(knex(), files);
    expect(await knex().schema.hasTable('search_entries')).toBe(false);
    expect(await knex().schema.hasTable('response_cache_invalidations')).toBe(false);

    const restarted = await startSecondInstance(app);
    try {
      expect(await ranMigrations()).toEqual(expect.arrayContaining(files));
      expect(await contentAndRows()).toEqual(before);
      expect(await hasFullTextIndex()).toBe(true);
      expect(await knex().schema.hasTable('search_terms')).toBe(true);
      expect(await knex().schema.hasColumn('response_cache_invalidations', 'shared')).toBe(true);
      // Sign-in counters are shared through PostgreSQL only; SQLite keeps them in memory.
      expect(await knex().schema.hasTable('auth_rate_limits')).toBe(currentDatabase() === 'postgres');
      // The start after the migrations filled the new index from the content already there.
      const [entries] = await knex()('search_entries').count({ count: '*' });
      expect(Number(entries!.count)).toBe(publishedSearchable.reduce((sum, count) => sum + count, 0));
      const search = await restarted.http().get('/api/search').query({ q: 'plantar fasciitis' });
      expect(search.body.data[0]).toMatchObject({ type: 'condition', slug: 'plantar-fasciitis' });
      // And rendered the read model's pages: every published article's page is served from it.
      const [pages] = await knex()('read_model_pages').where({ content_type: 'api::article.article' }).count({ count: '*' });
      expect(Number(pages!.count)).toBe(publishedSearchable[0]);
      const page = await restarted.http().get('/api/articles/slug/why-runners-should-get-regular-massage');
      expect(page.status).toBe(200);
    } finally {
      await restarted.stop();
    }
  });

  const onPostgres = currentDatabase() === 'postgres' ? it : it.skip;
  onPostgres('fills the posting lists from a search index that already holds entries, and keeps them in step', async () => {
    const stemCount = async () =>
      Number((await knex().raw('SELECT coalesce(sum(length(search_vector)), 0) AS count FROM search_entries')).rows[0].count);
    const postingCount = async () => Number((await knex().raw('SELECT count(*) AS count FROM search_postings')).rows[0].count);
    // The lists are built by create-search-postings and built again in their present order by
    // order-search-postings-by-one-key; both run again, with the function between them.
    await undo(knex(), [SEARCH_POSTINGS, SEARCH_FUNCTION, POSTING_ORDER]);
    expect(await knex().schema.hasTable('search_postings')).toBe(false);

    const restarted = await startSecondInstance(app);
    try {
      expect(await stemCount()).toBeGreaterThan(0);
      expect(await postingCount()).toBe(await stemCount());
      const search = await restarted.http().get('/api/search').query({ q: 'runners massage', type: 'article' });
      expect(search.body.data.map((hit: { slug: string }) => hit.slug)).toContain('why-runners-should-get-regular-massage');
    } finally {
      await restarted.stop();
    }
  });

  it('adds the shared flag to an invalidation table that already holds rows, keeping them', async () => {
    await undo(knex(), [SHARED_FLAG]);
    const waiting = [
      { origin: 'instance-a', tags: '["api::article.article"]', created_at: 1_795_000_000_000 },
      { origin: 'instance-b', tags: '["api::topic.topic","plugin::upload.file"]', created_at: 1_795_000_000_001 },
    ];
    await knex()('response_cache_invalidations').insert(waiting);

    const restarted = await startSecondInstance(app);
    try {
      const rows = await knex()('response_cache_invalidations').whereIn('origin', ['instance-a', 'instance-b']).orderBy('created_at');
      expect(
        rows.map((row: Record<string, unknown>) => ({
          origin: row.origin,
          tags: row.tags,
          created_at: Number(row.created_at),
          shared: Boolean(row.shared),
        }))
      ).toEqual(waiting.map((row) => ({ ...row, shared: false })));
    } finally {
      await restarted.stop();
    }
  });
});
