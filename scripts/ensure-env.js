#!/usr/bin/env node
// Creates .env from .env.example on a first local run, with a fresh random value for every
// "change-me" secret, so that no two installs share keys and none uses the examples.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const target = path.join(root, '.env');

if (!fs.existsSync(target)) {
  const example = fs.readFileSync(path.join(root, '.env.example'), 'utf8');
  const random = () => crypto.randomBytes(24).toString('base64');
  const filled = example.replace(
    /^([A-Z_]+)=(.*change-me.*)$/gm,
    (_line, name, value) => `${name}=${value.split(',').map(random).join(',')}`
  );
  fs.writeFileSync(target, filled, { mode: 0o600 });
  console.log('Created .env with fresh random secrets.');
}
