// App instances of a fault run: the compiled app (bench/app-server.js) in child processes on
// private loopback ports, with the benchmark's production environment. Unlike the benchmark,
// a fault run may kill an instance outright and start another on the same database.
const path = require('path');
const { appEnv } = require('../app-env');
const { freePort, rssOf, startChild, stopChild } = require('../processes');

const APP_SERVER = path.join(__dirname, '..', 'app-server.js');
const BOOT_TIMEOUT_MS = 120_000;

/**
 * Starts one instance on `databaseUrl`; `extra` adds or overrides environment variables (the
 * scheduler, the revalidation hook). Resolves once it listens.
 */
const startApp = async ({ databaseUrl, logFile, extra = {}, port }) => {
  const listenOn = port ?? (await freePort());
  const env = appEnv({ database: { DATABASE_CLIENT: 'postgres', DATABASE_URL: databaseUrl }, port: listenOn, cache: true, extra });
  const started = Date.now();
  const server = await startChild(APP_SERVER, [], { env, logFile, timeoutMs: BOOT_TIMEOUT_MS });
  return {
    child: server.child,
    pid: server.pid,
    port: listenOn,
    baseUrl: `http://127.0.0.1:${listenOn}`,
    logFile,
    bootMs: Date.now() - started,
    rss: () => rssOf(server.pid),
    stop: () => stopChild(server.child),
    /** SIGKILL, and resolves once the process is gone. */
    kill: () =>
      new Promise((resolve) => {
        if (server.child.exitCode !== null || server.child.signalCode !== null) return resolve();
        server.child.once('exit', () => resolve());
        server.child.kill('SIGKILL');
      }),
  };
};

module.exports = { startApp };
