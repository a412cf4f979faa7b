#!/usr/bin/env node
// `npm run fuzz`: the REST, GraphQL and editorial fuzzers with fresh random seeds, on SQLite
// and PostgreSQL, each for FUZZ_SECONDS (default 300) per database, then a summary of what was
// sent and every failure with the command that replays it. `npm test` runs the same fuzzers
// on fixed seeds. Extra arguments go to jest (e.g. a test file to run one fuzzer only).
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const appDir = path.resolve(__dirname, '..');
const outputDir = path.join(appDir, 'tests', '.output');
const seconds = process.env.FUZZ_SECONDS || '300';
if (!(Number(seconds) > 0)) {
  console.error(`FUZZ_SECONDS must be a number of seconds, not "${seconds}".`);
  process.exit(2);
}

// Summaries of an earlier run would read as this one's.
fs.mkdirSync(outputDir, { recursive: true });
for (const name of fs.readdirSync(outputDir)) {
  if (/^fuzz-(summary|failures)-/.test(name)) fs.rmSync(path.join(outputDir, name));
}

console.log(`Fuzzing for ${seconds} s per fuzzer and database (FUZZ_SECONDS) ...`);
const jest = spawnSync('npx', ['jest', '-c', 'tests/jest.config.js', 'tests/fuzz', ...process.argv.slice(2)], {
  cwd: appDir,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_SECONDS: seconds, TEST_BROWSER: '0' },
});

const read = (prefix) =>
  fs
    .readdirSync(outputDir)
    .filter((name) => name.startsWith(prefix))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(outputDir, name), 'utf8')));

console.log('\nFuzz summary (tests/.output/fuzz-summary-*.json):');
for (const summary of read('fuzz-summary-')) {
  console.log(
    `  ${summary.suite} on ${summary.database}: ${summary.requests} requests in ${Math.round(summary.seconds)} s, statuses ${JSON.stringify(summary.statuses)}`
  );
}
const failures = read('fuzz-failures-').flat();
if (failures.length === 0) {
  console.log('No failures.');
} else {
  console.log(`\n${failures.length} failure(s), each replayed by its command:`);
  for (const failure of failures)
    console.log(`\n  seed ${failure.seed}: ${failure.replay}\n  ${failure.problem.split('\n').slice(0, 4).join('\n  ')}`);
}
process.exit(jest.status ?? 1);
