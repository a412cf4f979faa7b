import { currentDatabase, useTestApp } from '../helpers/strapi';

// The hot filters and sorts of the public pages, declared in each schema.json so that Strapi's
// schema sync creates them on a fresh database as well as on an existing one.
const EXPECTED: Record<string, string[]> = {
  articles: ['articles_slug_idx', 'articles_published_at_idx', 'articles_scheduled_publish_at_idx', 'articles_scheduled_unpublish_at_idx'],
  topics: ['topics_slug_idx'],
  conditions: ['conditions_slug_idx'],
  benefits: ['benefits_slug_idx'],
  authors: ['authors_slug_idx'],
  clinic_locations: ['clinic_locations_slug_idx', 'clinic_locations_coordinates_idx'],
  search_entries: ['search_entries_document_unique'],
};

describe('indexes for the hot reads', () => {
  const app = useTestApp();
  const db = () => app.strapi.db.connection;

  const indexesOf = async (table: string): Promise<string[]> => {
    if (currentDatabase() === 'postgres') {
      const { rows } = await db().raw('SELECT indexname FROM pg_indexes WHERE tablename = ?', [table]);
      return rows.map((row: { indexname: string }) => row.indexname);
    }
    const rows: Array<{ name: string }> = await db().raw(`PRAGMA index_list(${table})`);
    return rows.map((row) => row.name);
  };

  it.each(Object.entries(EXPECTED))('%s has its indexes', async (table, names) => {
    expect(await indexesOf(table)).toEqual(expect.arrayContaining(names));
  });

  it('search has its full-text index: GIN on PostgreSQL, FTS5 on SQLite', async () => {
    if (currentDatabase() === 'postgres') {
      expect(await indexesOf('search_entries')).toContain('search_entries_vector_gin');
    } else {
      const [table] = await db().raw(`SELECT sql FROM sqlite_master WHERE name = 'search_entries_fts'`);
      expect(table.sql).toMatch(/USING fts5/i);
    }
  });

  it('a slug lookup of a published page can use the slug index', async () => {
    const plan: string[] =
      currentDatabase() === 'postgres'
        ? await db().transaction(async (trx) => {
            // Tiny test tables favour a scan; forbidding it shows whether the index can serve.
            await trx.raw('SET LOCAL enable_seqscan = off');
            const { rows } = await trx.raw(`EXPLAIN SELECT id FROM articles WHERE slug = ? AND published_at IS NOT NULL`, ['x']);
            return rows.map((row: { 'QUERY PLAN': string }) => row['QUERY PLAN']);
          })
        : (await db().raw(`EXPLAIN QUERY PLAN SELECT id FROM articles WHERE slug = ? AND published_at IS NOT NULL`, ['x'])).map(
            (row: { detail: string }) => row.detail
          );
    expect(plan.join('\n')).toMatch(/articles_slug_idx/);
  });
});
