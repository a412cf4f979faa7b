import crypto from 'crypto';
import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';

// Configuration that differs between instances of one deployment, or never reaches an answer.
const NOT_IN_ANSWERS = new Set(['launchedAt', 'autoReload', 'uuid', 'installId', 'dirs', 'database', 'server', 'admin', 'response-cache']);

/** Every file below `dir` into `hash`, by name and content, in a fixed order. */
export const hashFilesBelow = (hash: crypto.Hash, dir: string) => {
  if (!fs.existsSync(dir)) return;
  for (const file of (fs.readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const full = path.join(dir, file);
    if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
  }
};

/**
 * Names the code, dependencies and configuration answers are built from. Entries shared in
 * Redis outlive a deploy, and during a rolling one two builds run side by side: neither may
 * serve what the other made (another populate tree, CORS origin or Cache-Control). Entry keys
 * carry this; invalidation state is shared, since both builds read the same rows.
 */
export const buildIdentity = (strapi: Core.Strapi) => {
  const hash = crypto.createHash('sha256');
  hashFilesBelow(hash, strapi.dirs.dist.src);
  hashFilesBelow(hash, strapi.dirs.dist.config);
  const lockfile = path.join(strapi.dirs.app.root, 'package-lock.json');
  if (fs.existsSync(lockfile)) hash.update(fs.readFileSync(lockfile));

  const { config } = strapi;
  const names = Object.keys(config).filter((name) => !NOT_IN_ANSWERS.has(name) && typeof config[name] !== 'function');
  const plugins = Object.keys(strapi.plugins).map((name) => `plugin::${name}`);
  for (const name of [...names, ...plugins, 'server.url'].sort()) {
    hash.update(name).update(JSON.stringify(strapi.config.get(name)) ?? '');
  }
  return hash.digest('base64url').slice(0, 16);
};
