import { currentDatabase, useTestApp } from '../helpers/strapi';
import { SEARCH_CANDIDATES } from '../../src/delivery/search/search-database';

type Hit = { documentId: string; title: string; score: number };

// SQLite ranks every match with FTS5's bm25; only PostgreSQL ranks candidates.
const onPostgres = currentDatabase() === 'postgres' ? describe : describe.skip;

/**
 * PostgreSQL search at a size where a common word matches more entries than it ranks: index rows
 * are written straight into the search index, as the bench seeder does, so the test needs no
 * thousand published articles to get there.
 */
onPostgres('search with more matches than it ranks (PostgreSQL)', () => {
  // Rows are written behind the Document Service, which the response cache would not hear of.
  const app = useTestApp({ env: { RESPONSE_CACHE: 'off' } });
  const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000);
  const entry = (id: string, title: string, body: string, publishedDay: number) => ({
    content_type: 'article',
    document_id: id,
    slug: id,
    title,
    aliases: '',
    summary: '',
    body,
    published_at: day(publishedDay),
  });
  const matches = SEARCH_CANDIDATES + 100;

  beforeAll(async () => {
    const rows = [
      entry('old-title-match', 'Stretching for desk workers', 'An old piece about posture.', 0),
      entry('old-body-match', 'Posture at the desk', 'A word on stretching between meetings.', 1),
      ...Array.from({ length: matches }, (_, index) =>
        entry(`body-match-${index}`, `Training note ${index}`, `Gentle stretching after an easy run, note ${index}.`, 10 + index)
      ),
    ];
    const db = app.strapi.db.connection;
    for (let start = 0; start < rows.length; start += 200) await db('search_entries').insert(rows.slice(start, start + 200));
    await db.raw('ANALYZE search_entries');
  });

  const searchAll = async (q: string) => {
    const hits: Hit[] = [];
    for (let page = 1; ; page += 1) {
      const response = await app.http().get('/api/search').query({ q, pageSize: 50, page });
      expect(response.status).toBe(200);
      hits.push(...response.body.data);
      if (page >= response.body.meta.pagination.pageCount) return { hits, total: response.body.meta.pagination.total as number };
    }
  };

  it('ranks the newest matches and every title match among them, and pages through exactly those', async () => {
    const { hits, total } = await searchAll('stretching');
    // The newest body matches, and the old entry whose title matches; the old body-only match is left out.
    expect(total).toBe(SEARCH_CANDIDATES + 1);
    expect(hits).toHaveLength(total);
    expect(new Set(hits.map((hit) => hit.documentId)).size).toBe(total);
    expect(hits[0]).toMatchObject({ documentId: 'old-title-match' });
    expect(hits.map((hit) => hit.documentId)).not.toContain('old-body-match');
    expect(hits.map((hit) => hit.documentId)).toContain(`body-match-${matches - 1}`);
    expect(hits.map((hit) => hit.documentId)).not.toContain('body-match-0');
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('keeps the posting lists in step with entries written by anyone, and ranks by the words of each', async () => {
    const db = app.strapi.db.connection;
    const postingsOf = async (entryId: number) =>
      Number((await db.raw('SELECT count(*) AS count FROM search_postings WHERE entry_id = ?', [entryId])).rows[0].count);
    await db('search_entries').insert(entry('renamed-entry', 'Kettlebell basics', 'A first session.', 5000));
    expect((await searchAll('kettlebell')).hits.map((hit) => hit.documentId)).toEqual(['renamed-entry']);

    await db('search_entries').where({ document_id: 'renamed-entry' }).update({ title: 'Rowing basics' });
    expect((await searchAll('kettlebell')).total).toBe(0);
    expect((await searchAll('rowing basics')).hits.map((hit) => hit.documentId)).toEqual(['renamed-entry']);

    const [{ id }] = await db('search_entries').where({ document_id: 'renamed-entry' }).select('id');
    expect(await postingsOf(id)).toBeGreaterThan(0);
    await db('search_entries').where({ document_id: 'renamed-entry' }).delete();
    expect(await postingsOf(id)).toBe(0);
    expect((await searchAll('rowing')).total).toBe(0);
  });

  it('ranks every match of a rarer word, and counts past the last page', async () => {
    const { hits, total } = await searchAll('posture');
    expect(total).toBe(2);
    expect(hits.map((hit) => hit.documentId)).toEqual(['old-body-match', 'old-title-match']);
    const past = await app.http().get('/api/search').query({ q: 'stretching', pageSize: 50, page: 100 });
    expect(past.body).toMatchObject({ data: [], meta: { pagination: { total: SEARCH_CANDIDATES + 1 } } });
  });

  it('finds entries whatever their publication date, undated ones included, and orders them by it', async () => {
    const db = app.strapi.db.connection;
    const dated = (id: string, publishedAt: Date | null) => ({
      ...entry(id, 'Zephyrwort notes', 'On zephyrwort.', 0),
      published_at: publishedAt,
    });
    const sameSecond = new Date(Date.UTC(2024, 5, 1, 12, 0, 0, 250));
    await db('search_entries').insert([
      dated('undated', null),
      dated('before-1970', new Date(Date.UTC(1960, 4, 1))),
      dated('same-second-a', sameSecond),
      dated('same-second-b', new Date(sameSecond.getTime() + 500)),
      dated('far-future', new Date(Date.UTC(2100, 0, 1))),
    ]);
    const { hits, total } = await searchAll('zephyrwort');
    expect(total).toBe(5);
    expect(hits.map((hit) => hit.documentId)).toEqual(['far-future', 'same-second-b', 'same-second-a', 'before-1970', 'undated']);
  });

  it('keeps a long entry whole in its row, its vector with it, rather than in the TOAST table', async () => {
    const db = app.strapi.db.connection;
    const body = Array.from({ length: 250 }, (_, index) => `marker${index.toString(36)}q`).join(' ');
    await db('search_entries').insert(entry('long-entry', 'A long entry', body, 7000));
    const { rows } = await db.raw(
      `SELECT pg_column_size(search_vector) AS vector, pg_column_size(search_vector::text::tsvector) AS uncompressed,
              pg_column_size(e.*) AS row,
              (SELECT reltoastrelid::regclass::text FROM pg_class WHERE relname = 'search_entries') AS toast
       FROM search_entries e WHERE document_id = 'long-entry'`
    );
    // Past the 2 kB at which PostgreSQL would otherwise move the vector out of the row.
    expect(rows[0].vector).toBeGreaterThan(2048);
    // Neither compressed nor moved out: read as it is.
    expect(rows[0].vector).toBe(rows[0].uncompressed);
    expect(rows[0].row).toBeGreaterThan(rows[0].vector);
    const { rows: chunks } = await db.raw(`SELECT count(*)::int AS count FROM ${rows[0].toast}`);
    expect(chunks[0].count).toBe(0);
    expect((await searchAll('marker6xq')).hits.map((hit) => hit.documentId)).toEqual(['long-entry']);
  });

  it('finds entries holding every word of a twelve-word query, head and body together, of the types asked for', async () => {
    const headWords = 'quillwort bramblewick marrowfen thistledown corvane elderquay';
    const bodyWords = 'mossgrave pellicorn rushmoor saltbrine wyndle fenholt';
    const db = app.strapi.db.connection;
    await db('search_entries').insert(entry('twelve-words', headWords, `Somewhere: ${bodyWords}.`, 6000));
    await db('search_entries').insert(entry('eleven-words', headWords, 'Somewhere: mossgrave pellicorn rushmoor saltbrine wyndle.', 6001));
    const q = `${headWords} ${bodyWords}`;
    expect((await searchAll(q)).hits.map((hit) => hit.documentId)).toEqual(['twelve-words']);
    const ofType = async (type: string) =>
      (await app.http().get('/api/search').query({ q, type })).body.data.map((hit: Hit) => hit.documentId);
    expect(await ofType('article')).toEqual(['twelve-words']);
    expect(await ofType('condition,benefit')).toEqual([]);
  });
});
