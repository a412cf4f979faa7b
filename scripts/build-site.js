#!/usr/bin/env node
// Compiles the example site's browser code, and the typed client it imports, into
// public/assets/js, where strapi::public serves it. Runs when required (global test setup) or
// from npm scripts. The old output goes first: tsc never removes what a deleted file compiled to.
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const output = path.join(root, 'public', 'assets', 'js');

const typescriptCompiler = () => {
  try {
    return require.resolve('typescript/bin/tsc');
  } catch {
    return undefined;
  }
};

const buildSite = () => {
  const tsc = typescriptCompiler();
  // A production install without dev dependencies starts with what `npm run build` compiled.
  if (!tsc && fs.existsSync(path.join(output, 'example-site', 'main.js'))) return;
  if (!tsc) throw new Error('Building the example site needs TypeScript: run npm install (with dev dependencies), then npm run build.');
  fs.rmSync(output, { recursive: true, force: true });
  execFileSync(process.execPath, [tsc, '-p', path.join('example-site', 'tsconfig.json')], {
    cwd: root,
    stdio: 'inherit',
  });
};

buildSite();
