// What every scenario of a fault run shares: the run's own PostgreSQL, one seeded database
// that each scenario copies, and helpers to start instances and check a database afterwards.
const fs = require('fs');
const path = require('path');
const { appEnv } = require('../app-env');
const { onCleanup, runChild } = require('../processes');
const { startApp } = require('./apps');
const { startFaultCluster } = require('./cluster');

const SEED_DATABASE = 'faults_seed';
const SEED_TIMEOUT_MS = 10 * 60 * 1000;
const VERIFY_TIMEOUT_MS = 5 * 60 * 1000;

const databaseEnv = (databaseUrl) => ({ DATABASE_CLIENT: 'postgres', DATABASE_URL: databaseUrl });

const createRunContext = async ({ options, logDir, say }) => {
  const cluster = await startFaultCluster({ logFile: path.join(logDir, 'postgres.log') });
  onCleanup(() => cluster.remove());
  say(`PostgreSQL started on 127.0.0.1:${cluster.port} (data in ${path.relative(process.cwd(), cluster.dataDir)})`);

  await cluster.recreateDatabase(SEED_DATABASE);
  const manifestFile = path.join(logDir, 'seed-manifest.json');
  const started = Date.now();
  await runChild(path.join(__dirname, '..', 'seed-bulk.js'), [String(options.size), manifestFile], {
    env: appEnv({ database: databaseEnv(cluster.urlOf(SEED_DATABASE)), port: 0, cache: false }),
    logFile: path.join(logDir, 'seed.log'),
    timeoutMs: SEED_TIMEOUT_MS,
  });
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  say(`seeded ${options.size} articles in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  return {
    cluster,
    manifest,
    options,
    say,
    logDir,
    /** A copy of the seeded database for one scenario; returns its URL. */
    freshDatabase: async (name) => {
      await cluster.copyDatabase(SEED_DATABASE, name);
      return cluster.urlOf(name);
    },
    startApp: (databaseUrl, label, extra = {}) => startApp({ databaseUrl, logFile: path.join(logDir, `${label}.log`), extra }),
    /** Signs off the drafts' medical reviews (sign-off-drafts.js), as a reviewer in the panel would. */
    signOffDrafts: (databaseUrl, documentIds, label) =>
      runChild(path.join(__dirname, 'sign-off-drafts.js'), documentIds, {
        env: appEnv({ database: databaseEnv(databaseUrl), port: 0, cache: false }),
        logFile: path.join(logDir, `${label}-sign-off.log`),
        timeoutMs: VERIFY_TIMEOUT_MS,
      }),
    /** Runs verify-database.js on a database (no instance may be writing to it). */
    verifyDatabase: async (databaseUrl, expectations, label, imports = []) => {
      const input = path.join(logDir, `${label}-expectations.json`);
      const output = path.join(logDir, `${label}-verified.json`);
      fs.writeFileSync(input, JSON.stringify({ expectations, imports }));
      await runChild(path.join(__dirname, 'verify-database.js'), [input, output], {
        env: appEnv({ database: databaseEnv(databaseUrl), port: 0, cache: false }),
        logFile: path.join(logDir, `${label}-verify.log`),
        timeoutMs: VERIFY_TIMEOUT_MS,
      });
      return JSON.parse(fs.readFileSync(output, 'utf8'));
    },
  };
};

module.exports = { createRunContext, databaseEnv };
