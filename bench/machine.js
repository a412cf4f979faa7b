// What the numbers were measured on, and whether anything else was using the CPUs meanwhile:
// on a 2-core machine another process's test run halves what the app gets.
const fs = require('fs');
const os = require('os');

const machineInfo = () => ({
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model?.trim() ?? 'unknown CPU',
  memory: `${Math.round(os.totalmem() / 1073741824)} GB RAM`,
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  strapi: require('@strapi/strapi/package.json').version,
  autocannon: require('autocannon/package.json').version,
});

const cpuTimes = () => {
  const [, ...fields] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const values = fields.map(Number);
  // idle + iowait
  return { idle: values[3] + (values[4] ?? 0), total: values.reduce((sum, value) => sum + value, 0) };
};

/** Share of all CPUs busy over `ms` milliseconds, measured while the benchmark itself is idle. */
const cpuBusyShare = async (ms = 2000) => {
  const before = cpuTimes();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = cpuTimes();
  const total = after.total - before.total;
  return total > 0 ? 1 - (after.idle - before.idle) / total : 0;
};

/** "SQLite 3.x" or "PostgreSQL 15.x" (asked of the running server). */
const databaseVersion = async (db, postgres) => {
  if (db === 'sqlite') return `SQLite ${require('better-sqlite3')(':memory:').prepare('SELECT sqlite_version() AS v').get().v}`;
  const { Client } = require('pg');
  const client = new Client({ connectionString: postgres.urlOf('postgres') });
  await client.connect();
  const { rows } = await client.query('SHOW server_version');
  await client.end();
  return `PostgreSQL ${rows[0].server_version}`;
};

module.exports = { machineInfo, cpuBusyShare, databaseVersion };
