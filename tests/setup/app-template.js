// Template databases: the app booted once per run on each database, so that a test app starts on
// a copy (a file copy for SQLite, CREATE DATABASE ... TEMPLATE on PostgreSQL) instead of creating
// the schema, running the migrations and writing the bootstrap rows on its own first boot, a few
// seconds of every one of some three hundred boots. The copies are what that first boot would
// have written: the template is made by the same compiled app with the same settings.
const { execFile } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { promisify } = require('util');
const { createPostgresDatabase } = require('./postgres-database');
const { testAppEnv } = require('./test-app-env');

const POSTGRES_TEMPLATE = 'test_app_template';
// The helper that runs the app in another process for tests; `boot` loads it and stops it.
const entry = path.join(__dirname, '..', 'helpers', 'app-process-entry.js');

const bootOnce = async (databaseEnv) => {
  try {
    await promisify(execFile)(process.execPath, [entry, 'boot'], { env: { ...process.env, ...testAppEnv(), ...databaseEnv } });
  } catch (error) {
    throw new Error(`Could not boot the app for a template database: ${error.stderr || error.message}`);
  }
};

const sqliteTemplate = async () => {
  const filename = path.join(os.tmpdir(), `wellness-cms-template-${crypto.randomBytes(6).toString('hex')}.db`);
  await bootOnce({ DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename });
  return filename;
};

const postgresTemplate = async (serverUrl) => {
  const url = await createPostgresDatabase(serverUrl, POSTGRES_TEMPLATE);
  await bootOnce({ DATABASE_CLIENT: 'postgres', DATABASE_URL: url, DATABASE_POOL_MIN: '0' });
  return POSTGRES_TEMPLATE;
};

/** Makes a template for each database of the run; returns the variables that name them to the workers. */
const createAppTemplates = async (databases, postgresUrl) => {
  const [sqlite, postgres] = await Promise.all([
    databases.includes('sqlite') ? sqliteTemplate() : undefined,
    databases.includes('postgres') ? postgresTemplate(postgresUrl) : undefined,
  ]);
  return {
    ...(sqlite ? { TEST_SQLITE_TEMPLATE: sqlite } : {}),
    ...(postgres ? { TEST_POSTGRES_TEMPLATE: postgres } : {}),
  };
};

/** The SQLite template's file; PostgreSQL's goes with the test server. */
const removeAppTemplates = () => {
  const filename = process.env.TEST_SQLITE_TEMPLATE;
  if (!filename) return;
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${filename}${suffix}`, { force: true });
};

module.exports = { createAppTemplates, removeAppTemplates };
