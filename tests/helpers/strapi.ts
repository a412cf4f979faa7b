import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { AddressInfo } from 'net';
import { Client } from 'pg';
import request from 'supertest';
import { createStrapi, type Core } from '@strapi/strapi';
import { testAppEnv } from '../setup/test-app-env';
import { createPostgresDatabase } from '../setup/postgres-database';

const appDir = path.resolve(__dirname, '..', '..');
const randomName = (prefix: string) => `${prefix}_${crypto.randomBytes(6).toString('hex')}`;

export type DatabaseClient = 'sqlite' | 'postgres';

export type TestApp = {
  strapi: Core.Strapi;
  database: DatabaseClient;
  /** HTTP client bound to the running server on 127.0.0.1. */
  http: () => ReturnType<typeof request>;
  /** What the app was configured with (secrets, database), for another process on the same data. */
  env: Record<string, string>;
  stop: () => Promise<void>;
};

type ThrowawayDatabase = { env: Record<string, string>; drop: () => Promise<void> };

// Each starts as a copy of the run's template database (tests/setup/app-template.js) when there
// is one, so the app's boot finds its schema, migrations and bootstrap rows in place.
const sqliteDatabase = (): ThrowawayDatabase => {
  const filename = path.join(os.tmpdir(), `${randomName('wellness-cms-test')}.db`);
  const template = process.env.TEST_SQLITE_TEMPLATE;
  if (template) fs.copyFileSync(template, filename);
  return {
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
    drop: async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${filename}${suffix}`, { force: true });
    },
  };
};

const postgresDatabase = async (): Promise<ThrowawayDatabase> => {
  const serverUrl = process.env.TEST_POSTGRES_URL;
  if (!serverUrl) throw new Error('TEST_POSTGRES_URL is not set: run the tests through `npm test`.');
  const name = randomName('test');
  const url = await createPostgresDatabase(serverUrl, name, process.env.TEST_POSTGRES_TEMPLATE);
  return {
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url, DATABASE_POOL_MIN: '0', DATABASE_POOL_MAX: '5' },
    drop: async () => {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
};

/** The production default for WebP and AVIF copies, for the tests about images (test apps start without). */
export const MODERN_RENDITIONS = { UPLOAD_MODERN_FORMATS: 'webp,avif' };

export const currentDatabase = (): DatabaseClient => (process.env.TEST_DATABASE_CLIENT === 'postgres' ? 'postgres' : 'sqlite');

/**
 * Boots the compiled app in-process on a database of its own, listening on 127.0.0.1 on a
 * free port. `env` overrides configuration for this app only (e.g. NODE_ENV=production).
 */
export const startTestApp = async (options: { env?: Record<string, string> } = {}): Promise<TestApp> => {
  const database = currentDatabase();
  const throwaway = database === 'postgres' ? await postgresDatabase() : sqliteDatabase();
  const overridden = Object.fromEntries(Object.keys(options.env ?? {}).map((key) => [key, process.env[key]]));
  const restoreEnv = () => {
    for (const [key, value] of Object.entries(overridden)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  const env: Record<string, string> = {
    ...testAppEnv(),
    ...throwaway.env,
    ...options.env,
  };
  Object.assign(process.env, env);

  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist') });
  strapi.log.silent = !process.env.TEST_VERBOSE;
  try {
    // load() + listen() rather than start(): start() exits the process on failure, which
    // would take the test worker down with it.
    await strapi.load();
    await strapi.listen();
  } catch (error) {
    await strapi.destroy().catch(() => undefined);
    await throwaway.drop();
    restoreEnv();
    throw error;
  }
  const { port } = strapi.server.httpServer.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  return {
    strapi,
    database,
    http: () => request(baseUrl),
    env,
    stop: async () => {
      await strapi.destroy();
      await throwaway.drop();
      restoreEnv();
    },
  };
};

/**
 * One app for a whole describe block: boots it before the first test, stops it after the last.
 * The handle reads as a TestApp; it throws if used before the boot has finished.
 */
export const useTestApp = (options: { env?: Record<string, string> } = {}): TestApp => {
  let booted: TestApp | undefined;
  beforeAll(async () => {
    booted = await startTestApp(options);
  });
  afterAll(async () => {
    await booted?.stop();
  });
  const current = () => {
    if (!booted) throw new Error('The test app is used before it has booted (use it inside a hook or a test).');
    return booted;
  };
  return {
    get strapi() {
      return current().strapi;
    },
    get database() {
      return current().database;
    },
    http: () => current().http(),
    get env() {
      return current().env;
    },
    stop: () => current().stop(),
  };
};
