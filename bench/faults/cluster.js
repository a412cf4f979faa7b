// The fault runs' own PostgreSQL: a fresh cluster per run in bench/.work/faults-pg-<pid>, never
// the benchmark's seeded one (its databases are taken down, killed under and written to), with
// PostgreSQL's durable defaults so an acknowledged commit is on disk. Removed when the run ends.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { workDir } = require('../app-env');
const { isAlive, openCluster, stopLeftoverServer } = require('../postgres');

/** Clusters of runs that were killed outright (SIGKILL leaves no time to clean up): stopped and removed. */
const removeLeftoverClusters = async () => {
  for (const name of fs.readdirSync(workDir)) {
    const owner = /^faults-pg-(\d+)$/.exec(name);
    if (!owner || isAlive(Number(owner[1]))) continue;
    await stopLeftoverServer(path.join(workDir, name));
    fs.rmSync(path.join(workDir, name), { recursive: true, force: true });
  }
};

const startFaultCluster = async ({ logFile }) => {
  fs.mkdirSync(workDir, { recursive: true });
  await removeLeftoverClusters();
  const dataDir = path.join(workDir, `faults-pg-${process.pid}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { mode: 0o700 });
  const cluster = await openCluster({
    dataDir,
    password: crypto.randomBytes(12).toString('hex'),
    logFile,
    // Two instances with pools of 10, the scripts' and the checks' own connections.
    flags: ['-c', 'max_connections=100'],
  });
  let running = true;
  return {
    ...cluster,
    dataDir,
    isRunning: () => running,
    /** Fast shutdown: open transactions are rolled back, sessions are ended with 57P01. */
    stop: async () => {
      running = false;
      await cluster.stop();
    },
    start: async () => {
      await cluster.start();
      running = true;
    },
    /** A copy of `template` (no one may be connected to it), made in well under a second. */
    copyDatabase: (template, name) =>
      cluster.admin(async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      }),
    /** Stops the server if it runs and removes its data directory. */
    remove: async () => {
      if (running) await cluster.stop().catch(() => undefined);
      running = false;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

module.exports = { startFaultCluster };
