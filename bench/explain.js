// EXPLAIN (ANALYZE, BUFFERS) of the SQL the app runs for each hot endpoint: the app records its
// queries (BENCH_CAPTURE_SQL=1) while serving one request, and the plans are taken here on the
// same database, so the report shows which indexes PostgreSQL really uses at this size.
const { Client } = require('pg');
const { send } = require('./http-client');
const { request } = require('./processes');
const { createRandom } = require('./seed/random');

const EXPLAINED = ['list', 'cards', 'slug-spread', 'topic', 'condition', 'search', 'nearby', 'graphql'];

/** Index and table names a plan reads through, and tables it scans whole (with rows seen). */
const planSummary = (plan) => ({
  indexes: [
    ...new Set(
      [...plan.matchAll(/(?:Index Scan|Index Only Scan|Bitmap Index Scan)(?: Backward)? (?:using|on) (\S+)/g)].map((match) => match[1])
    ),
  ],
  seqScans: [...plan.matchAll(/Seq Scan on (\S+)(?: \S+)?\s+\(cost=[^)]*\) \(actual time=[^ ]+ rows=(\d+) loops=(\d+)\)/g)].map(
    (match) => ({ table: match[1], rows: Number(match[2]), loops: Number(match[3]) })
  ),
  executionMs: Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN),
});

const distinctReads = (queries) => {
  const seen = new Map();
  for (const query of queries) {
    if (!/^[\s(]*(select|with)\b/i.test(query.sql) || seen.has(query.sql)) continue;
    seen.set(query.sql, query);
  }
  return [...seen.values()];
};

/** Captures and explains the queries of one request per endpoint; `app` runs with capture on. */
const explainEndpoints = async ({ app, baseUrl, endpoints, databaseUrl }) => {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  // EXPLAIN ANALYZE runs the query: a pathological plan must not hold the run up for ever.
  await client.query("SET statement_timeout = '60s'");
  const results = [];
  try {
    for (const name of EXPLAINED.filter((candidate) => endpoints[candidate])) {
      const sample = endpoints[name].pick(createRandom(3));
      // The first request loads what the app caches for itself (permissions, schema); the plans
      // that matter are those of every later request.
      await send(baseUrl, sample);
      await request(app.child, { type: 'capture-start' }, 'capture-started');
      const { status } = await send(baseUrl, sample);
      const { queries } = await request(app.child, { type: 'capture-stop' }, 'captured');
      const explained = [];
      // In one transaction, in the app's order: settings a read makes for its transaction
      // (search's set_config) then hold for the reads after it, as they did in the app.
      await client.query('BEGIN');
      try {
        for (const query of distinctReads(queries)) {
          const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`, query.bindings);
          const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
          explained.push({ sql: query.sql, bindings: query.bindings, plan, ...planSummary(plan) });
        }
      } finally {
        await client.query('ROLLBACK');
      }
      results.push({
        endpoint: name,
        label: endpoints[name].label,
        path: sample.path,
        status,
        queryCount: queries.length,
        queries: explained,
      });
    }
  } finally {
    await client.end();
  }
  return results;
};

module.exports = { explainEndpoints };
