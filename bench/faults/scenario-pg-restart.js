// PostgreSQL restart under load: the mixed load runs, PostgreSQL is stopped (fast shutdown),
// kept down for `outage` seconds and started again. Requests meanwhile fail fast with a 503
// JSON answer (the response cache is empty then: its listener lost the database too), the app
// recovers by itself, no acknowledged write is lost, and the response cache hears of changes
// again once it has reconnected.
const http = require('http');
const { Client } = require('pg');
const { publishTitleFromAnotherInstance } = require('../../scripts/lib/publish-from-another-instance');
const { ms } = require('../report-format');
const { createFindings, listed } = require('./checks');
const { runLoad, sendOne } = require('./load');
const { readBack } = require('./read-back');
const { loadSummary, statusList, verifyWrites } = require('./verdicts');
const { loadTaxonomy, mixedWorkload, parseBody } = require('./workload');

const BEFORE_MS = 8_000;
const AFTER_MS = 15_000;
// "Fail fast": no request may wait longer than this while the database is down.
const FAIL_FAST_MS = 5_000;
// After PostgreSQL accepts connections again, requests must succeed again within this.
const RECOVERY_LIMIT_MS = 10_000;
const PROBE_MS = 100;

/** Whether a 503 is the one the app promises: Strapi's error shape, Retry-After, no caching. */
const isProperOutageAnswer = (answer) => {
  const body = parseBody(answer);
  return (
    answer.headers['content-type']?.startsWith('application/json') &&
    Number(answer.headers['retry-after']) > 0 &&
    body?.data === null &&
    body?.error?.status === 503 &&
    body?.error?.name === 'ServiceUnavailableError'
  );
};

/** An uncached read every PROBE_MS (a new query string each time): when does the database answer again? */
const startProbe = (baseUrl, clock) => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const lines = [];
  let running = true;
  const loop = async () => {
    for (let n = 0; running; n += 1) {
      const at = clock();
      const answer = await sendOne(
        agent,
        baseUrl,
        { path: `/api/articles?fields[0]=title&pagination[pageSize]=1&filters[slug][$eq]=probe-${n}` },
        15_000
      );
      lines.push({ at, ms: answer.ms, status: answer.status });
      await new Promise((resolve) => setTimeout(resolve, PROBE_MS));
    }
  };
  const done = loop();
  return {
    stop: async () => {
      running = false;
      await done;
      agent.destroy();
      return lines;
    },
  };
};

/**
 * A change that reaches this instance only through LISTEN/NOTIFY: the title rewritten in the
 * database and announced on the channel as another instance would. A cached page that still
 * shows the old title afterwards means the listener did not come back.
 */
const cacheHearsOtherInstances = async (baseUrl, databaseUrl, article) => {
  const page = `/api/articles/slug/${encodeURIComponent(article.slug)}`;
  const agent = new http.Agent({ keepAlive: false });
  const get = async () => {
    const answer = await sendOne(agent, baseUrl, { path: page }, 10_000);
    return { cache: answer.headers?.['x-cache'], title: parseBody(answer)?.data?.title };
  };
  await get();
  const before = await get();
  const title = `${article.title} (changed by another instance)`.slice(0, 160);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await publishTitleFromAnotherInstance(client, { documentId: article.documentId, title, origin: 'fault-harness' });
  } finally {
    await client.end();
  }
  // Notifications arrive asynchronously: give it up to two seconds.
  for (let waited = 0; waited < 2000; waited += 100) {
    const after = await get();
    if (after.title === title)
      return { ok: before.cache === 'HIT', detail: `cached (${before.cache}) before; new title seen after ${waited} ms` };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { ok: false, detail: `cached (${before.cache}) before; still the old title 2 s after the notification` };
};

const pgRestart = async (context) => {
  const { options, manifest, cluster, say } = context;
  const outageMs = options.outage * 1000;
  const findings = createFindings(`PostgreSQL stopped for ${options.outage} s under load at ${options.connections} connections`);
  const databaseUrl = await context.freshDatabase('faults_outage');
  const taxonomy = await loadTaxonomy(databaseUrl);
  const app = await context.startApp(databaseUrl, 'outage-app');
  const workload = mixedWorkload({
    manifest,
    taxonomy,
    baseUrlOf: () => app.baseUrl,
    connections: options.connections,
    writeShare: options.writeShare,
    tag: 'outage',
    seed: 2,
  });
  let ledger;
  try {
    const malformed = [];
    const next = (worker) => {
      const spec = workload.next(worker);
      if (!spec) return spec;
      return {
        ...spec,
        onAnswer: (answer, at) => {
          if (answer.status === 503 && !isProperOutageAnswer(answer) && malformed.length < 5)
            malformed.push(`${spec.kind}: ${answer.body?.toString('utf8').slice(0, 120)}`);
          spec.onAnswer?.(answer, at);
        },
      };
    };
    const load = runLoad({ connections: options.connections, durationMs: BEFORE_MS + outageMs + AFTER_MS, next, timeoutMs: 20_000 });
    const probe = startProbe(app.baseUrl, load.now);
    await new Promise((resolve) => setTimeout(resolve, BEFORE_MS));
    const stopAt = load.now();
    await cluster.stop();
    const downAt = load.now();
    say(`[pg-restart] PostgreSQL stopped (fast shutdown took ${Math.round(downAt - stopAt)} ms); down for ${options.outage} s`);
    await new Promise((resolve) => setTimeout(resolve, outageMs));
    await cluster.start();
    const upAt = load.now();
    say('[pg-restart] PostgreSQL accepts connections again');
    const result = await load.done;
    const probes = await probe.stop();

    loadSummary(findings, result);
    const before = result.lines.filter((line) => line.at + line.ms < stopAt);
    // Sent while PostgreSQL was down (a request sent just before it was back may succeed).
    const during = result.lines.filter((line) => line.at >= downAt && line.at < upAt);
    const firstProbeOk = probes.find((line) => line.at >= upAt && line.status === 200);
    const recoveredAt = firstProbeOk ? firstProbeOk.at + firstProbeOk.ms : null;
    const after = result.lines.filter((line) => recoveredAt !== null && line.at >= recoveredAt);
    const failed = (lines) => lines.filter((line) => line.status >= 500 || line.status === 0);

    findings.fact(
      'outage',
      `stop asked at ${(stopAt / 1000).toFixed(1)} s, down at ${(downAt / 1000).toFixed(1)} s, accepting connections at ${(upAt / 1000).toFixed(1)} s`
    );
    findings.fact('answers while PostgreSQL was down', statusList(countBy(during)));
    findings.check('no failures before the outage', failed(before).length === 0, `${failed(before).length} of ${before.length}`);
    // The response cache is dropped when its listener loses the database, so no 200 either.
    const wrongDuring = during.filter(
      (line) => line.status !== 503 && !(line.status >= 200 && line.status < 300 && line.at + line.ms > upAt)
    );
    findings.check(
      'while PostgreSQL is down, every answer is a 503 (no 500, 401, hang or reset)',
      during.length > 0 && wrongDuring.length === 0,
      `${wrongDuring.length} other of ${during.length}: ${statusList(countBy(wrongDuring)) || 'none'}`
    );
    const outage503 = result.lines.filter((line) => line.status === 503);
    const slowestDuring = Math.max(0, ...during.map((line) => line.ms));
    findings.check(
      `fail fast: every request sent while PostgreSQL was down answered within ${FAIL_FAST_MS / 1000} s`,
      slowestDuring <= FAIL_FAST_MS,
      `slowest ${ms(slowestDuring)} ms; all 503s: ${outage503.length}, p50 ${ms(percentileOf(outage503, 0.5))} ms, p99 ${ms(percentileOf(outage503, 0.99))} ms`
    );
    // Requests already waiting (for the pool, or in a query) when the shutdown began.
    const caught = result.lines.filter((line) => line.at < downAt && line.at + line.ms > stopAt);
    const lastAnswer = Math.max(downAt, ...caught.map((line) => line.at + line.ms));
    const slowestCaught = [...caught]
      .sort((x, y) => y.ms - x.ms)
      .slice(0, 3)
      .map((line) => `${line.kind} ${line.status || line.error} after ${ms(line.ms)} ms`);
    findings.check(
      `requests caught by the shutdown answered within ${FAIL_FAST_MS / 1000} s of PostgreSQL being down`,
      lastAnswer - downAt <= FAIL_FAST_MS,
      `${caught.length} requests; the last answered ${ms(lastAnswer - downAt)} ms after; slowest: ${slowestCaught.join(', ') || 'none'}`
    );
    findings.check("every 503 is JSON in Strapi's error shape with Retry-After", malformed.length === 0, listed(malformed));
    const recoveryMs = recoveredAt === null ? null : recoveredAt - upAt;
    findings.fact('time to first 200 of an uncached read after PostgreSQL is back', recoveryMs === null ? 'never' : `${ms(recoveryMs)} ms`);
    findings.check(
      `recovers by itself within ${RECOVERY_LIMIT_MS / 1000} s`,
      recoveryMs !== null && recoveryMs <= RECOVERY_LIMIT_MS,
      recoveryMs === null ? 'no uncached read succeeded' : `${ms(recoveryMs)} ms`
    );
    findings.check(
      'no failures after recovery',
      failed(after).length === 0,
      `${failed(after).length} of ${after.length}: ${statusList(countBy(failed(after))) || 'none'}`
    );
    findings.check(
      'the app process survived the outage',
      app.child.exitCode === null && app.child.signalCode === null,
      app.child.exitCode === null ? 'running' : `exited ${app.child.exitCode ?? app.child.signalCode}`
    );

    ledger = workload.ledger;
    const untouched = manifest.articles.find((article) => !ledger.documents.has(article.documentId));
    const listens = await cacheHearsOtherInstances(app.baseUrl, databaseUrl, untouched);
    findings.check('the response cache hears other instances again (LISTEN reconnected)', listens.ok, listens.detail);

    const publicReads = await readBack(app.baseUrl, ledger.expectations());
    findings.check(
      'every acknowledged write is seen through the public API',
      publicReads.problems.length === 0,
      `${publicReads.checked} articles read back; problems ${listed(publicReads.problems)}`
    );
  } finally {
    if (!cluster.isRunning()) await cluster.start();
    await app.stop();
  }
  await verifyWrites(context, findings, databaseUrl, ledger, 'outage');
  return findings;
};

const countBy = (lines) => lines.reduce((counts, line) => ({ ...counts, [line.status]: (counts[line.status] ?? 0) + 1 }), {});
const percentileOf = (lines, share) => {
  const sorted = lines.map((line) => line.ms).sort((a, b) => a - b);
  return sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
};

module.exports = { pgRestart };
