#!/usr/bin/env node
// Reads jest's output of a full `npm test` on stdin ("PASS sqlite tests/x.test.ts (12.3 s)")
// and writes how long each file took to tests/setup/test-durations.json, which orders the
// next runs longest first (tests/setup/slowest-first.js). Run it on a CI log now and then.
const fs = require('fs');
const path = require('path');

const LINE = /^(?:PASS|FAIL) (\S+) (\S+\.test\.ts) \((\d+(?:\.\d+)?) s\)/;

const input = fs.readFileSync(0, 'utf8');
const durations = {};
for (const line of input.split('\n')) {
  const match = LINE.exec(line.trim());
  if (match) durations[`${match[1]} ${match[2]}`] = Math.round(Number(match[3]));
}
const count = Object.keys(durations).length;
if (count === 0) {
  console.error('No "PASS <project> <file> (<n> s)" lines on stdin: pipe the output of a full npm test into it.');
  process.exit(1);
}
const sorted = Object.fromEntries(Object.entries(durations).sort(([a], [b]) => a.localeCompare(b)));
const file = path.join(__dirname, '..', 'tests', 'setup', 'test-durations.json');
fs.writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`${count} durations written to ${path.relative(process.cwd(), file)}`);
