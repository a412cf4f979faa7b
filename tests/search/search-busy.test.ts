import { graphql } from '../helpers/graphql';
import { currentDatabase, useTestApp } from '../helpers/strapi';

// Only PostgreSQL lets the test hold a search still (a lock it waits on); SQLite's readers never wait.
const onPostgres = currentDatabase() === 'postgres' ? describe : describe.skip;

onPostgres('searches taking turns (PostgreSQL)', () => {
  const app = useTestApp({ env: { SEARCH_CONCURRENCY: '1', SEARCH_QUEUE_TIMEOUT: '300' } });

  const searchesWaitingOnLock = async () => {
    const { rows } = await app.strapi.db.connection.raw(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity
       WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%search_entries%'`
    );
    return rows[0].waiting as number;
  };

  it('answers 503 with Retry-After to a search that waited past the queue timeout, while the one running finishes', async () => {
    const trx = await app.strapi.db.connection.transaction();
    try {
      // Holds every search still inside PostgreSQL, as a burst of slow searches would.
      await trx.raw('LOCK TABLE search_entries IN ACCESS EXCLUSIVE MODE');
      const running = app
        .http()
        .get('/api/search')
        .query({ q: 'stretching' })
        .then((response) => response);
      const deadline = Date.now() + 10_000;
      while ((await searchesWaitingOnLock()) === 0) {
        if (Date.now() > deadline) throw new Error('The first search never reached the database');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }

      const refused = await app.http().get('/api/search').query({ q: 'massage' });
      expect(refused.status).toBe(503);
      expect(refused.headers['retry-after']).toBe('1');
      expect(refused.headers['cache-control']).toBe('no-store');
      expect(refused.body).toEqual({
        data: null,
        error: { status: 503, name: 'SearchBusyError', message: 'Search is busy. Try again shortly.', details: { waitedMs: 300 } },
      });
      const viaGraphql = await graphql(app, '{ search(q: "massage") { query } }');
      expect(viaGraphql.body.errors[0]).toMatchObject({
        message: 'Search is busy. Try again shortly.',
        extensions: { code: 'STRAPI_SEARCH_BUSY_ERROR' },
      });
      // Only the first search ever reached the database.
      expect(await searchesWaitingOnLock()).toBe(1);

      await trx.commit();
      const finished = await running;
      expect(finished.status).toBe(200);
      expect(finished.body.meta).toMatchObject({ query: 'stretching', pagination: { total: 0 } });
    } finally {
      if (!trx.isCompleted()) await trx.rollback();
    }
    // Nothing kept the refusal: the same search is answered once the queue is clear.
    const again = await app.http().get('/api/search').query({ q: 'massage' });
    expect(again.status).toBe(200);
  });
});
