// Everything measured on one seeded database: checks that the app answers correctly, then the
// bare Node ceiling, plain Strapi, the app with the cache off and on side by side in rounds, the
// mixed workload and memory check of each app, and (PostgreSQL, largest size) the query plans.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { appEnv, databaseEnv, databaseName, sqliteFile, workDir } = require('./app-env');
const { endpointsFor, isStaleCheckArticle, VANILLA_ENDPOINTS } = require('./endpoints');
const { explainEndpoints } = require('./explain');
const { send } = require('./http-client');
const { cpuBusyShare } = require('./machine');
const { measureEndpoint, measureMemory } = require('./measure');
const { measureInRounds } = require('./rounds');
const { freePort, startChild, stopChild } = require('./processes');
const { createRandom } = require('./seed/random');
const { startStaleCheck } = require('./stale-check');
const { writeVanillaApp } = require('./vanilla/write-app');

const BOOT_TIMEOUT_MS = 10 * 60 * 1000;
// Both apps write the same database, and a load stops with writes still in flight: a publish
// takes up to a second here. Another app's write meanwhile can meet SQLite's lock (SQLITE_BUSY
// once a transaction's snapshot is behind a commit made by another process), which one app
// alone never does.
const WRITES_SETTLE_MS = 2000;

const startServer = async (script, args, { env, logFile }) => {
  const server = await startChild(path.join(__dirname, script), args, { env, logFile, timeoutMs: BOOT_TIMEOUT_MS });
  return { ...server, baseUrl: `http://127.0.0.1:${server.port}` };
};

const startApp = async ({ database, cache, logFile, extra }) => {
  const port = await freePort();
  return startServer('app-server.js', [], { env: appEnv({ database, port, cache, extra }), logFile });
};

/** One request per endpoint, checked for content; the answers become the ceiling's bytes. */
const checkEndpoints = async (baseUrl, endpoints, names, manifest, { write = true } = {}) => {
  const checks = [];
  const responses = [];
  for (const name of names.filter((candidate) => candidate !== 'mixed')) {
    const endpoint = endpoints[name];
    const sample = endpoint.pick(createRandom(5));
    const answer = await send(baseUrl, sample);
    let ok = false;
    let problem = `status ${answer.status}: ${answer.bytes.toString('utf8', 0, 200)}`;
    try {
      ok = answer.status === 200 && Boolean(endpoint.check(JSON.parse(answer.bytes.toString('utf8'))));
      if (answer.status === 200 && !ok) problem = 'the answer lacks what the page needs';
    } catch (error) {
      problem = `not JSON: ${error.message}`;
    }
    checks.push({ endpoint: name, status: answer.status, bytes: answer.bytes.length, ok, ...(ok ? {} : { problem }) });
    if (!responses.some((response) => response.prefix === endpoint.ceilingPrefix && response.method === sample.method)) {
      responses.push({
        method: sample.method,
        prefix: endpoint.ceilingPrefix,
        contentType: answer.contentType,
        body: answer.bytes.toString('base64'),
      });
    }
  }
  if (!write) return { checks, responses };
  // A publish through the API, with the article's own title: proves the token and the publish guard.
  const article = manifest.articles.find(isStaleCheckArticle);
  const written = await send(baseUrl, {
    method: 'PUT',
    path: `/api/articles/${article.documentId}?status=published`,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${manifest.token}` },
    body: JSON.stringify({ data: { title: article.title } }),
  });
  checks.push({
    endpoint: 'write (PUT, publish)',
    status: written.status,
    bytes: written.bytes.length,
    ok: written.status === 200,
    ...(written.status === 200 ? {} : { problem: written.bytes.toString('utf8', 0, 300) }),
  });
  return { checks, responses };
};

/** One autocannon measurement of one endpoint on one server. */
const measureOn = (server, name, { endpoints, options }, seed) =>
  measureEndpoint({
    baseUrl: server.baseUrl,
    endpoint: endpoints[name],
    connections: options.connections,
    duration: options.duration,
    warmup: options.warmup,
    pid: server.pid,
    seed,
  });

/** The mixed workload on one app, with the stale-read check beside it. */
const measureMixed = async ({ server, context, label, seed }) => {
  const { manifest, say } = context;
  const stale = startStaleCheck({
    baseUrl: server.baseUrl,
    token: manifest.token,
    articles: manifest.articles.filter(isStaleCheckArticle),
  });
  const result = await measureOn(server, 'mixed', context, seed);
  result.stale = await stale.stop();
  const failed = result.non2xx + result.errors + result.timeouts;
  say(
    `${label} mixed: ${Math.round(result.requestsPerSec)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms${failed ? `, ${failed} failed` : ''}, ${result.stale.staleReads} stale reads`
  );
  return result;
};

const memoryCheck = async ({ server, endpoints, options, manifest, say, label }) => {
  const stale = startStaleCheck({
    baseUrl: server.baseUrl,
    token: manifest.token,
    articles: manifest.articles.filter(isStaleCheckArticle),
  });
  const memory = await measureMemory({
    baseUrl: server.baseUrl,
    endpoint: endpoints.mixed,
    connections: options.connections,
    warmup: Math.max(options.warmup, 5),
    seconds: options.rssRun,
    pid: server.pid,
  });
  memory.stale = await stale.stop();
  say(
    `${label} memory: ${Math.round(memory.afterWarmup / 1048576)} MB after warm-up, ${Math.round(memory.after / 1048576)} MB after ${options.rssRun} s (${memory.ratio.toFixed(2)}×)`
  );
  return memory;
};

/**
 * Plain Strapi 5 with the project's schema (vanilla/write-app.js) on a copy of the seeded
 * database, for the reads it can answer with the same request. Returns the server and how to
 * stop it and drop the copy, or null when none of the chosen endpoints is one it answers.
 */
const startVanilla = async ({ db, size, postgres, context }) => {
  const { logDir, tag, options } = context;
  const names = options.endpoints.filter((name) => VANILLA_ENDPOINTS.includes(name));
  if (names.length === 0) return null;
  let database;
  let dropCopy = async () => undefined;
  if (db === 'postgres') {
    const copy = `${databaseName(size)}_vanilla`;
    await postgres.admin(async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${copy} TEMPLATE ${databaseName(size)}`);
    });
    database = { DATABASE_CLIENT: 'postgres', DATABASE_URL: postgres.urlOf(copy) };
    dropCopy = () => postgres.dropDatabase(copy);
  } else {
    const copy = path.join(workDir, `sqlite-${size}-vanilla.db`);
    fs.copyFileSync(sqliteFile(size), copy);
    database = { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: copy };
    dropCopy = async () => fs.rmSync(copy, { force: true });
  }
  let app;
  let appDir;
  const stop = async () => {
    if (app) await stopChild(app.child);
    await dropCopy();
    if (appDir) fs.rmSync(appDir, { recursive: true, force: true });
  };
  try {
    // Outside the project: its node_modules link inside the tree sent Prettier walking all of it.
    appDir = writeVanillaApp(fs.mkdtempSync(path.join(os.tmpdir(), 'wellness-cms-vanilla-')));
    app = await startApp({ database, cache: false, logFile: path.join(logDir, `vanilla-${tag}.log`), extra: { BENCH_APP_DIR: appDir } });
    const { checks } = await checkEndpoints(app.baseUrl, context.endpoints, names, context.manifest, { write: false });
    const failed = checks.filter((check) => !check.ok);
    if (failed.length > 0)
      throw new Error(`plain Strapi did not answer correctly: ${failed.map((check) => `${check.endpoint}: ${check.problem}`).join('; ')}`);
    return { server: app, stop };
  } catch (error) {
    await stop();
    throw error;
  }
};

const startCeiling = async ({ tag, logDir }, responses) => {
  const file = path.join(workDir, `ceiling-${tag}.json`);
  fs.writeFileSync(file, JSON.stringify(responses));
  return startServer('ceiling-server.js', [file, String(await freePort())], {
    env: { PATH: process.env.PATH },
    logFile: path.join(logDir, `ceiling-${tag}.log`),
  });
};

/**
 * Every chosen mode's server at once, each read measured in rounds with the modes in turn
 * (rounds.js); then, one app at a time, the mixed workload and the memory check.
 */
const measureModes = async ({ db, size, postgres, context, responses, result }) => {
  const { options, database, logDir, tag, say } = context;
  const servers = {};
  const stops = [];
  try {
    if (options.modes.includes('ceiling')) {
      const ceiling = await startCeiling(context, responses);
      servers.ceiling = ceiling;
      stops.push(() => stopChild(ceiling.child));
    }
    if (options.modes.includes('vanilla')) {
      const vanilla = await startVanilla({ db, size, postgres, context });
      if (vanilla) {
        servers.vanilla = vanilla.server;
        stops.push(vanilla.stop);
      }
    }
    for (const mode of ['off', 'on'].filter((candidate) => options.modes.includes(candidate))) {
      const app = await startApp({ database, cache: mode === 'on', logFile: path.join(logDir, `app-${tag}-cache-${mode}.log`) });
      servers[mode] = app;
      stops.push(() => stopChild(app.child));
    }
    const reads = options.endpoints.filter((name) => name !== 'mixed');
    Object.assign(
      result.modes,
      await measureInRounds({
        names: reads,
        rounds: options.rounds,
        serversFor: (name) =>
          Object.fromEntries(Object.entries(servers).filter(([mode]) => mode !== 'vanilla' || VANILLA_ENDPOINTS.includes(name))),
        measure: (server, name, round) => measureOn(server, name, context, reads.indexOf(name) + 1 + round * 100),
        say: (message) => say(`[${tag}] ${message}`),
      })
    );
    // The cached app first: the other app's writes would reach its cache only through a shared bus.
    for (const mode of ['on', 'off'].filter((candidate) => servers[candidate])) {
      const label = `[${tag} cache ${mode}]`;
      const server = servers[mode];
      if (options.endpoints.includes('mixed')) {
        (result.modes[mode] ??= {}).mixed = await measureMixed({ server, context, label, seed: reads.length + 1 });
      }
      if (options.rssRun > 0) result.memory[mode] = await memoryCheck({ ...context, server, label });
      await new Promise((resolve) => setTimeout(resolve, WRITES_SETTLE_MS));
    }
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
};

const noteSimilarModes = (result) => {
  const { off = {}, on = {} } = result.modes;
  const names = Object.keys(on).filter((name) => off[name] && name !== 'mixed');
  const similar = names.filter((name) => Math.abs(on[name].requestsPerSec / off[name].requestsPerSec - 1) < 0.15);
  if (names.length > 0 && similar.length === names.length) {
    result.notes.push(
      'Cache on and off are within 15% of each other on every read: the response cache does not seem to be active in this build (the harness only sets RESPONSE_CACHE).'
    );
  }
};

/** Measures one seeded database; returns the result the reports are written from. */
const benchmarkDatabase = async ({ db, size, manifest, options, postgres, explain, logDir, say }) => {
  const tag = `${db}-${size}`;
  const database = databaseEnv(db, size, postgres);
  const endpoints = endpointsFor(manifest);
  const result = { db, size, modes: {}, memory: {}, checks: [], explain: null, notes: [], aborted: null };
  result.labels = Object.fromEntries(options.endpoints.map((name) => [name, endpoints[name].label]));
  result.paths = Object.fromEntries(
    options.endpoints.filter((name) => name !== 'mixed').map((name) => [name, endpoints[name].pick(createRandom(5)).path])
  );
  const context = { database, endpoints, options, manifest, say, logDir, tag };

  const checked = await startApp({ database, cache: false, logFile: path.join(logDir, `app-${tag}-check.log`) });
  let responses;
  try {
    ({ checks: result.checks, responses } = await checkEndpoints(checked.baseUrl, endpoints, options.endpoints, manifest));
  } finally {
    await stopChild(checked.child);
  }
  const failed = result.checks.filter((check) => !check.ok);
  if (failed.length > 0) {
    result.aborted = `the app did not answer correctly on the seeded data (${failed.map((check) => `${check.endpoint}: ${check.problem}`).join('; ')}). Reseed with --reseed if the data is old.`;
    say(`[${tag}] ${result.aborted}`);
    return result;
  }

  // Nothing of ours runs now: whatever keeps the CPUs busy would skew every number below.
  result.busyBeforeMeasuring = await cpuBusyShare();
  if (result.busyBeforeMeasuring > 0.1) {
    result.notes.push(
      `Other processes kept ${Math.round(result.busyBeforeMeasuring * 100)}% of the CPUs busy just before measuring: these numbers are lower than on a quiet machine.`
    );
    say(`[${tag}] warning: the machine is ${Math.round(result.busyBeforeMeasuring * 100)}% busy with other work`);
  }
  await measureModes({ db, size, postgres, context, responses, result });
  noteSimilarModes(result);

  if (explain) {
    const app = await startApp({
      database,
      cache: false,
      logFile: path.join(logDir, `app-${tag}-explain.log`),
      extra: { BENCH_CAPTURE_SQL: '1' },
    });
    try {
      result.explain = await explainEndpoints({ app, baseUrl: app.baseUrl, endpoints, databaseUrl: postgres.urlOf(databaseName(size)) });
      say(`[${tag}] EXPLAIN plans taken for ${result.explain.length} endpoints`);
    } finally {
      await stopChild(app.child);
    }
  }
  return result;
};

module.exports = { benchmarkDatabase };
