#!/usr/bin/env node
// `npm run bench`: compiles the app once, seeds (or reuses) a database per kind and size,
// measures the ceiling and the app with its cache off and on, and writes bench/results/.
const fs = require('fs');
const path = require('path');
const { appDir, workDir } = require('./app-env');
const { benchmarkDatabase } = require('./benchmark-database');
const { compileApp } = require('./compile-app');
const { databaseVersion, machineInfo } = require('./machine');
const { parseOptions } = require('./options');
const { startBenchPostgres } = require('./postgres');
const { installCleanup, onCleanup } = require('./processes');
const { writeRunReport } = require('./report-run');
const { writeSummary } = require('./report-summary');
const { ensureSeeded } = require('./seeded-database');

const say = (message) => console.log(`${new Date().toISOString().slice(11, 19)} ${message}`);

const main = async () => {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) return console.log(options.help);
  const outDir = path.resolve(appDir, options.out);
  const logDir = path.join(workDir, 'logs');
  fs.mkdirSync(logDir, { recursive: true });
  const command = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
  const startedAt = new Date().toISOString();

  say('compiling the app into dist/ ...');
  await compileApp();
  let postgres = null;
  if (options.dbs.includes('postgres')) {
    postgres = await startBenchPostgres({ logFile: path.join(logDir, 'postgres.log') });
    onCleanup(() => postgres.stop());
    say('PostgreSQL started on a private port (data in bench/.work/pg)');
  }

  const machine = machineInfo();
  for (const db of options.dbs) {
    const sizes = options.sizesOf(db);
    for (const size of sizes) {
      const manifest = await ensureSeeded({ db, size, postgres, reseed: options.reseed, logDir, say });
      const explain = options.explain && db === 'postgres' && size === sizes[sizes.length - 1];
      const result = await benchmarkDatabase({ db, size, manifest, options, postgres, explain, logDir, say });
      Object.assign(result, {
        date: startedAt.slice(0, 10),
        startedAt,
        command,
        machine: { ...machine, database: await databaseVersion(db, postgres) },
        options: {
          duration: options.duration,
          warmup: options.warmup,
          rounds: options.rounds,
          connections: options.connections,
          endpoints: options.endpoints,
          modes: options.modes,
          rssRun: options.rssRun,
        },
        seeding: {
          reused: manifest.reused,
          seededAt: manifest.seededAt,
          seedSeconds: manifest.seedSeconds,
          readModelSeconds: manifest.readModelSeconds,
          rows: manifest.rows,
        },
      });
      say(`report: ${path.relative(appDir, writeRunReport(result, outDir))}`);
    }
  }
  const summary = writeSummary(outDir);
  if (summary) say(`summary: ${path.relative(appDir, summary)}`);
};

// Children (servers, PostgreSQL) are stopped however the run ends.
const shutdown = installCleanup();
main().then(
  () => shutdown(0),
  (error) => {
    console.error(error);
    return shutdown(1);
  }
);
