#!/usr/bin/env node
// Compiles the example site's browser code, and the typed client it imports, into
// public/assets/js, where strapi::public serves it. Runs when required (global test setup) or
// from npm scripts. The old output goes first: tsc never removes what a deleted file compiled to.
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const output = path.join(root, 'public', 'assets', 'js');

fs.rmSync(output, { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join('src', 'example-site', 'browser', 'tsconfig.json')], {
  cwd: root,
  stdio: 'inherit',
});
