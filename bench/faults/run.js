#!/usr/bin/env node
// `npm run faults`: load and fault scenarios against the compiled app on a PostgreSQL cluster
// of the run's own. Everything is started here, bound to 127.0.0.1 on free ports, and stopped
// however the run ends (Ctrl-C too). Exits non-zero when any check failed.
const fs = require('fs');
const path = require('path');
const { appDir, workDir } = require('../app-env');
const { compileApp } = require('../compile-app');
const { databaseVersion, machineInfo } = require('../machine');
const { installCleanup } = require('../processes');
const { createFindings } = require('./checks');
const { nginxVersion } = require('./nginx');
const { parseOptions } = require('./options');
const { writeFaultReport } = require('./report');
const { createRunContext } = require('./run-context');
const { soak } = require('./scenario-soak');
const { pgRestart } = require('./scenario-pg-restart');
const { sigkill } = require('./scenario-sigkill');
const { twoInstances } = require('./scenario-nginx');

const SCENARIOS = { soak: soak, 'pg-restart': pgRestart, sigkill: sigkill, nginx: twoInstances };

const say = (message) => console.log(`${new Date().toISOString().slice(11, 19)} ${message}`);

const main = async () => {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(options.help);
    return 0;
  }
  const started = Date.now();
  const startedAt = new Date().toISOString();
  const command = ['npm run faults', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
  const logDir = path.join(workDir, 'logs', `faults-${startedAt.replace(/[:.]/g, '-')}`);
  fs.mkdirSync(logDir, { recursive: true });
  say(`logs in ${path.relative(appDir, logDir)}`);
  say('compiling the app into dist/ ...');
  await compileApp();
  const context = await createRunContext({ options, logDir, say });

  const results = [];
  for (const name of options.scenarios) {
    say(`[${name}] starting`);
    const scenarioStarted = Date.now();
    let findings;
    try {
      findings = await SCENARIOS[name](context);
    } catch (error) {
      findings = createFindings('did not finish');
      findings.check(
        'the scenario ran to the end',
        false,
        String(error.stack ?? error)
          .split('\n')
          .slice(0, 3)
          .join(' ')
      );
    }
    findings.fact('scenario time', `${Math.round((Date.now() - scenarioStarted) / 1000)} s`);
    results.push({ name, findings });
    say(`[${name}] ${findings.passed() ? 'PASS' : 'FAIL'}`);
    for (const check of findings.checks) say(`  ${check.ok ? 'ok  ' : 'FAIL'} ${check.name}: ${check.detail}`);
  }

  const machine = {
    ...machineInfo(),
    database: await databaseVersion('postgres', context.cluster),
    nginx: options.scenarios.includes('nginx') ? nginxVersion() : null,
  };
  const file = writeFaultReport({
    outDir: path.resolve(appDir, options.out),
    startedAt,
    command,
    machine,
    options,
    results,
    seconds: (Date.now() - started) / 1000,
  });
  say(`report: ${path.relative(appDir, file)}`);
  const failed = results.filter(({ findings }) => !findings.passed()).map(({ name }) => name);
  say(failed.length === 0 ? 'all scenarios passed' : `failed: ${failed.join(', ')}`);
  return failed.length === 0 ? 0 : 1;
};

const shutdown = installCleanup();
main().then(
  (code) => shutdown(code),
  (error) => {
    console.error(error);
    return shutdown(1);
  }
);
