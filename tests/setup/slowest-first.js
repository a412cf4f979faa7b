// Runs the longest test files first, by the durations a full run last measured
// (test-durations.json, written by `node scripts/test-durations.js < jest-output.log`). Jest
// orders by its own cache of durations, which a fresh clone (CI) does not have: it then went by
// file size, and a four-minute browser file could start last and keep one worker busy alone.
const path = require('path');
const Sequencer = require('@jest/test-sequencer').default;
const durations = require('./test-durations.json');

const rootDir = path.resolve(__dirname, '..', '..');
// Jest names a file's duration only past its slow-test threshold (5 s): an unlisted file is
// quicker than that, or new.
const UNLISTED_SECONDS = 5;

const keyOf = (test) => `${test.context.config.displayName?.name ?? ''} ${path.relative(rootDir, test.path)}`;

class SlowestFirst extends Sequencer {
  sort(tests) {
    const seconds = (test) => durations[keyOf(test)] ?? UNLISTED_SECONDS;
    return [...tests].sort((a, b) => seconds(b) - seconds(a));
  }
}

module.exports = SlowestFirst;
