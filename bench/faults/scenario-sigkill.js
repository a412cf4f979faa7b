// SIGKILL during writes and imports: writers create complete draft articles (components and
// relations) and publish new titles of signed-off ones over REST while `npm run import` brings the sample pages in from another
// process; the app and the import are killed outright at random moments, several times, and
// started again. Afterwards: no duplicates, nothing half-written, every acknowledged write
// there, and a rerun of the import completes without creating anything twice.
const fs = require('fs');
const path = require('path');
const { appDir, appEnv } = require('../app-env');
const { forkLogged } = require('../processes');
const { createRandom } = require('../seed/random');
const { createFindings, listed } = require('./checks');
const { runLoad } = require('./load');
const { readBack } = require('./read-back');
const { databaseEnv } = require('./run-context');
const { verifyWrites } = require('./verdicts');
const { loadTaxonomy, mixedWorkload } = require('./workload');

const SAMPLES = path.resolve(appDir, '..', 'shared', 'samples');
const IMPORT_SCRIPT = path.join(appDir, 'scripts', 'import.js');
const WRITERS = 8;
// Each round: writes run for a random 4-10 s before the app is killed.
const KILL_AFTER_MS = [4_000, 10_000];
// Copies of the sample pages per round, so an import spends longer writing than booting.
const COPIES = 4;
const IMPORT_TIMEOUT_MS = 120_000;

/**
 * The sample pages under names of their own for one round (the importer knows a page by its
 * file name), so every round's import creates articles and a kill can land in the middle.
 */
const samplesForRound = (logDir, round) => {
  const folder = path.join(logDir, 'samples', `round-${round}`);
  fs.mkdirSync(folder, { recursive: true });
  for (let copy = 1; copy <= COPIES; copy += 1) {
    for (const file of fs.readdirSync(SAMPLES))
      fs.copyFileSync(path.join(SAMPLES, file), path.join(folder, `round-${round}-${copy}-${file}`));
  }
  return folder;
};

/** `npm run import` without npm in between (a SIGKILL must reach the importer, not npm). */
const startImport = (databaseUrl, logFile, folders, args = []) => {
  const env = appEnv({ database: databaseEnv(databaseUrl), port: 0, cache: true, extra: { SKIP_COMPILE: 'true' } });
  const child = forkLogged(IMPORT_SCRIPT, [...folders, ...args], { env, logFile });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  return { child, exited };
};

/** How far an import got, from its progress lines ("[2/3] file.txt created: ..."). */
const importProgress = (logFile) => {
  const text = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
  const lines = text.match(/^\[\d+\/\d+\].*$/gm) ?? [];
  return lines.length === 0 ? 'before the first file' : lines[lines.length - 1].replace(/:.*/, '');
};

const hasStartedWriting = (logFile) => importProgress(logFile) !== 'before the first file';

/**
 * Kills the import at a random moment of its writing: once its first file is done, within
 * the time the rest took when it was timed. Says what happened (it may finish first).
 */
const killImportWhileWriting = (importer, logFile, random, writingMs) => {
  const started = Date.now();
  return new Promise((resolve) => {
    let timer;
    const watch = setInterval(() => {
      if (timer || !hasStartedWriting(logFile)) return;
      const delay = random.next() * writingMs;
      timer = setTimeout(() => {
        importer.child.kill('SIGKILL');
        resolve(
          `killed ${(delay / 1000).toFixed(1)} s after its first file (${((Date.now() - started) / 1000).toFixed(1)} s in), ${importProgress(logFile)}`
        );
      }, delay);
    }, 20);
    importer.exited.then((code) => {
      clearInterval(watch);
      clearTimeout(timer);
      resolve(`finished (exit ${code}) after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });
  });
};

/** One round: the app under writes, killed 4-10 s in; beside it an import, killed while it writes. */
const killRound = async ({ context, databaseUrl, workload, target, random, round, importTiming }) => {
  const app = await context.startApp(databaseUrl, `sigkill-app-${round}`);
  target.baseUrl = app.baseUrl;
  const importLog = path.join(context.logDir, `sigkill-import-${round}.log`);
  const importer = startImport(databaseUrl, importLog, [samplesForRound(context.logDir, round)]);
  const importKill = killImportWhileWriting(importer, importLog, random, importTiming.totalMs - importTiming.firstFileMs);
  const killAppAfter = KILL_AFTER_MS[0] + random.next() * (KILL_AFTER_MS[1] - KILL_AFTER_MS[0]);
  const load = runLoad({ connections: WRITERS, durationMs: 60_000, next: workload.next, timeoutMs: 10_000 });
  await new Promise((resolve) => setTimeout(resolve, killAppAfter));
  await app.kill();
  const result = await load.stop();
  const importOutcome = await importKill;
  await importer.exited;
  const acknowledged = result.lines.filter((line) => line.status >= 200 && line.status < 300).length;
  return { killAppAfter, importOutcome, acknowledged, bootMs: app.bootMs };
};

/** One import to completion on a copy of the seeded database: when its first file is done, and its end. */
const timeImport = async (context) => {
  const timingUrl = await context.freshDatabase('faults_import_timing');
  const logFile = path.join(context.logDir, 'sigkill-import-timed.log');
  const started = Date.now();
  const timed = startImport(timingUrl, logFile, [samplesForRound(context.logDir, 0)]);
  let firstFileMs = null;
  const watch = setInterval(() => {
    if (firstFileMs === null && hasStartedWriting(logFile)) firstFileMs = Date.now() - started;
  }, 50);
  const code = await timed.exited;
  clearInterval(watch);
  await context.cluster.dropDatabase('faults_import_timing');
  if (code !== 0) throw new Error(`the timing import failed (exit ${code}); see ${logFile}`);
  const totalMs = Date.now() - started;
  return { firstFileMs: firstFileMs ?? totalMs, totalMs };
};

const sigkill = async (context) => {
  const { options, manifest, say } = context;
  const findings = createFindings(`${options.kills} SIGKILLs of the app during writes and of concurrent imports`);
  const databaseUrl = await context.freshDatabase('faults_sigkill');
  const seed = Date.now() % 100_000;
  const random = createRandom(seed);
  // Each round's writers talk to that round's instance.
  const target = { baseUrl: null };
  const workload = mixedWorkload({
    manifest,
    taxonomy: await loadTaxonomy(databaseUrl),
    baseUrlOf: () => target.baseUrl,
    connections: WRITERS,
    writeShare: 1,
    tag: 'sigkill',
    seed: 3,
  });
  findings.fact('random seed of the kill moments', seed);

  const importTiming = await timeImport(context);
  findings.fact(
    'one import of a round (timed on a copy)',
    `first file done after ${(importTiming.firstFileMs / 1000).toFixed(1)} s, exit after ${(importTiming.totalMs / 1000).toFixed(1)} s`
  );

  const rounds = [];
  for (let round = 1; round <= options.kills; round += 1) {
    const outcome = await killRound({ context, databaseUrl, workload, target, random, round, importTiming });
    rounds.push(outcome);
    say(
      `[sigkill] kill ${round}: app killed after ${(outcome.killAppAfter / 1000).toFixed(1)} s (${outcome.acknowledged} writes acknowledged); import ${outcome.importOutcome}`
    );
  }
  findings.fact(
    'kills',
    rounds
      .map(
        (r, index) =>
          `#${index + 1}: app after ${(r.killAppAfter / 1000).toFixed(1)} s with ${r.acknowledged} writes acknowledged, import ${r.importOutcome}`
      )
      .join('; ')
  );
  findings.fact('app boot after a kill (ms)', rounds.map((r) => r.bootMs).join(', '));

  const app = await context.startApp(databaseUrl, 'sigkill-app-after');
  const ledger = workload.ledger;
  let imports = [];
  try {
    const rerunLog = path.join(context.logDir, 'sigkill-import-rerun.log');
    const folders = rounds.map((_, index) => path.join(context.logDir, 'samples', `round-${index + 1}`));
    const rerun = startImport(databaseUrl, rerunLog, folders, ['--json']);
    const timer = setTimeout(() => rerun.child.kill('SIGKILL'), IMPORT_TIMEOUT_MS);
    const code = await rerun.exited;
    clearTimeout(timer);
    const text = fs.readFileSync(rerunLog, 'utf8');
    const summary = JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1));
    imports = summary.outcomes.filter((outcome) => outcome.status !== 'skipped');
    findings.check(
      'rerunning the import completes',
      code === 0 && summary.skipped.length === 0,
      `exit ${code}: created ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged}, skipped ${summary.skipped.length}`
    );
    findings.check(
      'the rerun finds every article an import finished and changes none',
      summary.updated === 0,
      `${summary.updated} updated`
    );

    const publicReads = await readBack(app.baseUrl, ledger.expectations());
    findings.check(
      'every acknowledged write is seen through the public API',
      publicReads.problems.length === 0,
      `${publicReads.checked} articles read back; problems ${listed(publicReads.problems)}`
    );
  } finally {
    await app.stop();
  }
  await verifyWrites(context, findings, databaseUrl, ledger, 'sigkill', imports);
  return findings;
};

module.exports = { sigkill };
