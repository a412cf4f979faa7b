#!/usr/bin/env node
// tsc never deletes what it compiled from a file that is gone since, and Strapi loads every
// schema it finds in dist/: a moved or deleted component would live on there. Removing the
// compiled server (not the admin build in dist/build) before compiling keeps dist/ honest.
const fs = require('fs');
const path = require('path');

const dist = path.resolve(__dirname, '..', 'dist');
for (const entry of ['src', 'config', 'tests', 'tsconfig.tsbuildinfo']) {
  fs.rmSync(path.join(dist, entry), { recursive: true, force: true });
}
