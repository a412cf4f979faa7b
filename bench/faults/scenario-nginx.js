// Two instances behind nginx on one PostgreSQL, both running the scheduler, with their media in
// one S3 bucket (OpenStack Swift on loopback). A write through one instance (directly or through
// nginx) is never followed by an old answer from the other (their response caches talk through
// LISTEN/NOTIFY), media uploaded through one is served for all, and articles scheduled for the
// same moment are each published exactly once although both instances run every pass.
const fs = require('fs');
const http = require('http');
const path = require('path');
const { Client } = require('pg');
const { freePort } = require('../processes');
const { createFindings, listed } = require('./checks');
const { runLoad, sendOne } = require('./load');
const { startNginx } = require('./nginx');
const { checkSharedMedia } = require('./shared-media');
const { isSwiftInstalled, startSwiftS3 } = require('../../scripts/lib/swift-s3-server');
const { loadSummary, verifyWrites } = require('./verdicts');
const { loadTaxonomy, mixedWorkload, parseBody } = require('./workload');
const { articlePayload } = require('./writes');
const { createRandom } = require('../seed/random');

const CONSISTENCY_ROUNDS = 20;
const SCHEDULED = 10;
// Every two seconds on both instances, so their passes meet often.
const SCHEDULER_RULE = '*/2 * * * * *';
const SCHEDULE_WAIT_MS = 30_000;
// Passes that must still run after the last publish: a second publish would show up in them.
const EXTRA_PASSES_MS = 8_000;

/** A stand-in front-end: counts the revalidation calls the instances make, per event and document. */
const startRevalidationReceiver = async () => {
  const calls = [];
  const server = http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      try {
        calls.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        calls.push({ event: 'unreadable' });
      }
      response.writeHead(204).end();
    });
  });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}/revalidate`, calls, stop: () => new Promise((resolve) => server.close(resolve)) };
};

const readTitle = async (agent, baseUrl, slug) => {
  const answer = await sendOne(agent, baseUrl, { path: `/api/articles/slug/${encodeURIComponent(slug)}` }, 10_000);
  return { status: answer.status, title: parseBody(answer)?.data?.title, cache: answer.headers?.['x-cache'] };
};

/** After a stale read: how long after the acknowledgement the view shows the new title (null: not within 2 s). */
const freshWithin = async (agent, baseUrl, slug, title, acknowledgedAt) => {
  while (performance.now() - acknowledgedAt < 2000) {
    if ((await readTitle(agent, baseUrl, slug)).title === title) return performance.now() - acknowledgedAt;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return null;
};

/**
 * Read-your-writes across instances: each round warms every cache on the article, publishes a
 * new title through A (or through nginx), and reads it back at once through nginx (twice, so
 * both upstreams answer), A and B.
 */
const checkConsistency = async ({ a, b, proxy, manifest }) => {
  // A connection per request: a kept-alive one, idle while a write runs, could be closed by the
  // server just as it is reused, and a reset is not what this check is about.
  const agent = new http.Agent({ keepAlive: false });
  const views = { 'nginx (1st)': proxy.baseUrl, 'nginx (2nd)': proxy.baseUrl, 'instance A': a.baseUrl, 'instance B': b.baseUrl };
  const stale = [];
  const staleFor = [];
  let reads = 0;
  let writes = 0;
  const articles = manifest.articles.filter((_, index) => index % 50 === 25);
  for (let round = 0; round < CONSISTENCY_ROUNDS; round += 1) {
    const article = articles[round % articles.length];
    for (const baseUrl of Object.values(views)) await readTitle(agent, baseUrl, article.slug);
    const title = `${article.title} (nginx round ${round})`.slice(0, 160);
    const writeThrough = round % 2 === 0 ? a.baseUrl : proxy.baseUrl;
    const written = await sendOne(
      agent,
      writeThrough,
      {
        method: 'PUT',
        path: `/api/articles/${article.documentId}?status=published`,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${manifest.token}` },
        body: JSON.stringify({ data: { title } }),
      },
      10_000
    );
    if (written.status !== 200) {
      stale.push(`round ${round}: write answered ${written.status || written.error}`);
      continue;
    }
    writes += 1;
    const acknowledgedAt = performance.now();
    for (const [view, baseUrl] of Object.entries(views)) {
      const seen = await readTitle(agent, baseUrl, article.slug);
      reads += 1;
      if (seen.title === title) continue;
      const freshAfter = await freshWithin(agent, baseUrl, article.slug, title, acknowledgedAt);
      staleFor.push(freshAfter);
      stale.push(
        `round ${round}, write via ${writeThrough === a.baseUrl ? 'A' : 'nginx'}, read via ${view}: "${seen.title}" (${seen.status}, ${seen.cache}), fresh ${freshAfter === null ? 'not within 2 s' : `${Math.round(freshAfter)} ms after the write was acknowledged`}`
      );
    }
  }
  agent.destroy();
  return { writes, reads, stale, staleFor };
};

/**
 * Creates SCHEDULED complete draft articles through nginx, has them signed off (an API token
 * cannot), then schedules them all for one moment a few seconds ahead, through nginx.
 */
const scheduleArticles = async ({ context, databaseUrl, proxy, manifest, taxonomy }) => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${manifest.token}` };
  const random = createRandom(7);
  const scheduled = [];
  for (let index = 0; index < SCHEDULED; index += 1) {
    const { data } = articlePayload({ random, taxonomy, tag: 'scheduled', title: `Fault scheduled article ${index + 1}` });
    const answer = await sendOne(
      agent,
      proxy.baseUrl,
      { method: 'POST', path: '/api/articles?status=draft', headers, body: JSON.stringify({ data }) },
      10_000
    );
    const created = parseBody(answer)?.data;
    if (!created?.documentId)
      throw new Error(`creating an article answered ${answer.status}: ${answer.body?.toString('utf8').slice(0, 200)}`);
    scheduled.push(created.documentId);
  }
  await context.signOffDrafts(databaseUrl, scheduled, 'nginx');
  const due = new Date(Date.now() + 3000).toISOString();
  for (const documentId of scheduled) {
    const answer = await sendOne(
      agent,
      proxy.baseUrl,
      {
        method: 'PUT',
        path: `/api/articles/${documentId}?status=draft`,
        headers,
        body: JSON.stringify({ data: { scheduledPublishAt: due } }),
      },
      10_000
    );
    if (answer.status !== 200)
      throw new Error(`scheduling ${documentId} answered ${answer.status}: ${answer.body?.toString('utf8').slice(0, 200)}`);
  }
  agent.destroy();
  return { scheduled, due };
};

const publishedRows = async (databaseUrl, documentIds) => {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT document_id, count(*) FILTER (WHERE published_at IS NOT NULL) AS published,
              bool_or(published_at IS NULL AND scheduled_publish_at IS NULL) AS cleared,
              max(schedule_error) AS error
       FROM articles WHERE document_id = ANY($1) GROUP BY document_id`,
      [documentIds]
    );
    return rows;
  } finally {
    await client.end();
  }
};

const logLines = (file, pattern) =>
  require('fs')
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => pattern.test(line));

const twoInstances = async (context) => {
  const { manifest, say } = context;
  const findings = createFindings('Two instances behind nginx on one PostgreSQL, both running the scheduler');
  const databaseUrl = await context.freshDatabase('faults_nginx');
  const taxonomy = await loadTaxonomy(databaseUrl);
  const receiver = await startRevalidationReceiver();
  let swift = null;
  if (isSwiftInstalled()) {
    const dir = path.join(context.logDir, 'swift');
    fs.mkdirSync(dir, { recursive: true });
    swift = await startSwiftS3(dir);
    say(`[nginx] media in an S3 bucket of Swift on ${swift.env.S3_ENDPOINT}`);
  } else {
    findings.check(
      'media shared through an S3 bucket',
      false,
      'OpenStack Swift is not installed (apt-get install swift-proxy swift-account swift-container swift-object)'
    );
  }
  const extra = {
    ...(swift?.env ?? {}),
    IS_PROXIED: 'true',
    SCHEDULED_PUBLISHING: 'true',
    SCHEDULED_PUBLISHING_RULE: SCHEDULER_RULE,
    FRONTEND_REVALIDATE_URL: receiver.url,
    FRONTEND_REVALIDATE_SECRET: 'fault-harness',
  };
  let a;
  let b;
  let proxy;
  try {
    // allSettled: when one fails to start, the other is still stopped below.
    const started = await Promise.allSettled([
      context.startApp(databaseUrl, 'nginx-app-a', extra),
      context.startApp(databaseUrl, 'nginx-app-b', extra),
    ]);
    [a, b] = started.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : undefined));
    const refused = started.find((outcome) => outcome.status === 'rejected');
    if (refused) throw refused.reason;
    proxy = await startNginx({ upstreams: [`127.0.0.1:${a.port}`, `127.0.0.1:${b.port}`], logDir: context.logDir });
    say(`[nginx] nginx on ${proxy.baseUrl} in front of ${a.baseUrl} and ${b.baseUrl}`);

    // Background reads through nginx while the checks run, so both instances are busy. No
    // writes: each would empty the article answers of the instance it lands on, and a cache
    // that never hears the other instance would go unnoticed.
    const workload = mixedWorkload({
      manifest,
      taxonomy,
      baseUrlOf: () => proxy.baseUrl,
      connections: 10,
      writeShare: 0,
      tag: 'nginx',
      seed: 4,
    });
    const background = runLoad({ connections: 10, durationMs: 10 * 60 * 1000, next: workload.next });

    const consistency = await checkConsistency({ a, b, proxy, manifest });
    if (consistency.staleFor.length > 0) {
      findings.note(
        'A stale read here is an answer the other instance had cached, read before the notification of the write reached it: LISTEN/NOTIFY invalidates the other instances asynchronously, so right after a write they may lag by the time the notification takes to arrive and be handled.'
      );
    }
    findings.check(
      'reads right after a write, on either instance and through nginx, are never stale',
      consistency.stale.length === 0 && consistency.writes === CONSISTENCY_ROUNDS,
      `${consistency.writes} writes, ${consistency.reads} reads; stale or failed ${listed(consistency.stale)}`
    );

    if (swift) await checkSharedMedia({ a, b, proxy, manifest, findings });

    const { scheduled, due } = await scheduleArticles({ context, databaseUrl, proxy, manifest, taxonomy });
    say(`[nginx] ${scheduled.length} articles scheduled for ${due}`);
    let rows = [];
    const deadline = Date.now() + SCHEDULE_WAIT_MS;
    while (Date.now() < deadline) {
      rows = await publishedRows(databaseUrl, scheduled);
      if (rows.length === scheduled.length && rows.every((row) => Number(row.published) >= 1)) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const publishedAfterMs = Date.now() - new Date(due).getTime();
    await new Promise((resolve) => setTimeout(resolve, EXTRA_PASSES_MS));
    rows = await publishedRows(databaseUrl, scheduled);
    const result = await background.stop();
    loadSummary(findings, result);
    findings.check(
      'background reads through nginx: no 5xx, no socket errors',
      result.serverErrors === 0 && !result.byStatus[0],
      `${result.serverErrors} 5xx, ${result.byStatus[0] ?? 0} without answer, of ${result.requests}`
    );

    const wrongCount = rows.filter((row) => Number(row.published) !== 1);
    findings.check(
      'every scheduled article has exactly one published row',
      rows.length === scheduled.length && wrongCount.length === 0,
      `${rows.length - wrongCount.length} of ${scheduled.length}; published within ${(publishedAfterMs / 1000).toFixed(1)} s of the moment`
    );
    findings.check(
      'every schedule was cleared without an error',
      rows.every((row) => row.cleared && !row.error),
      listed(rows.filter((row) => !row.cleared || row.error).map((row) => `${row.document_id}: ${row.error ?? 'schedule not cleared'}`))
    );
    const publishCalls = scheduled.map(
      (documentId) => receiver.calls.filter((call) => call.event === 'publish' && call.documentId === documentId).length
    );
    findings.check(
      'the front-end was told of each scheduled publish exactly once',
      publishCalls.every((n) => n === 1),
      `calls per article: ${publishCalls.join(', ')}`
    );
    const byInstance = [a, b].map(
      (app) => logLines(app.logFile, /Scheduled publish of .* done\./).filter((line) => scheduled.some((id) => line.includes(id))).length
    );
    findings.check(
      'the publish log shows each scheduled article once across both instances',
      byInstance[0] + byInstance[1] === scheduled.length,
      `instance A ${byInstance[0]}, instance B ${byInstance[1]}`
    );
    const passErrors = [a, b].flatMap((app) =>
      logLines(app.logFile, /Scheduled publishing pass failed|Scheduled publish for .* was refused/)
    );
    findings.check('no scheduler pass failed on either instance', passErrors.length === 0, listed(passErrors));
    const upstreamErrors = proxy
      .errorLog()
      .split('\n')
      .filter((line) => /upstream|connect\(\) failed/.test(line));
    findings.check('nginx logged no upstream errors', upstreamErrors.length === 0, listed(upstreamErrors));
  } finally {
    await proxy?.stop();
    await Promise.all([a?.stop(), b?.stop()]);
    await receiver.stop();
    await swift?.stop();
  }
  await verifyWrites(context, findings, databaseUrl, null, 'nginx');
  return findings;
};

module.exports = { twoInstances };
