// One seeded database per database kind and size, reused by later runs: its manifest (written
// last by the seeder) says the seed finished, and holds the write token and sample slugs.
const fs = require('fs');
const path = require('path');
const { appEnv, databaseEnv, databaseName, manifestFile, sqliteFile } = require('./app-env');
const { runChild } = require('./processes');

const SEED_TIMEOUT_MS = 3 * 60 * 60 * 1000;

const exists = async (db, size, postgres) =>
  db === 'postgres' ? postgres.hasDatabase(databaseName(size)) : fs.existsSync(sqliteFile(size));

const emptyDatabase = async (db, size, postgres) => {
  if (db === 'postgres') return postgres.recreateDatabase(databaseName(size));
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${sqliteFile(size)}${suffix}`, { force: true });
};

/**
 * The manifest of a seeded database for `db` and `size`, seeding it first when it is missing,
 * incomplete, or `reseed` is asked for. `reused` tells whether this run seeded it.
 */
const ensureSeeded = async ({ db, size, postgres, reseed, logDir, say }) => {
  const manifest = manifestFile(db, size);
  // A manifest from before the read model names no conditions and has no pages rendered: seeded again.
  const current = fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8'));
  if (!reseed && current?.readModelSeconds !== undefined && (await exists(db, size, postgres))) {
    return { ...current, reused: true };
  }
  fs.rmSync(manifest, { force: true });
  await emptyDatabase(db, size, postgres);
  say(`seeding ${size} articles on ${db} ...`);
  const logFile = path.join(logDir, `seed-${db}-${size}.log`);
  const started = Date.now();
  const env = appEnv({ database: databaseEnv(db, size, postgres), port: 0, cache: false });
  await runChild(path.join(__dirname, 'seed-bulk.js'), [String(size), manifest], { env, logFile, timeoutMs: SEED_TIMEOUT_MS });
  say(`seeded ${size} articles on ${db} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { ...JSON.parse(fs.readFileSync(manifest, 'utf8')), reused: false };
};

module.exports = { ensureSeeded };
