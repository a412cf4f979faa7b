// One `npm test` runs every test file on SQLite and on a real PostgreSQL server that the
// global setup starts on a private port, plus the browser tests in Debian's chromium.
// TEST_DATABASES=sqlite (or postgres) and TEST_BROWSER=0 narrow it.
const path = require('path');
const { browserTestsSelected, redisTestsSelected, s3TestsSelected, selectedDatabases } = require('./setup/selection');

const rootDir = path.resolve(__dirname, '..');
const transform = {
  '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
};

const databaseProject = (database) => ({
  displayName: database,
  rootDir,
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  testPathIgnorePatterns: [
    '/node_modules/',
    '/tests/e2e/',
    '\\.unit\\.test\\.ts$',
    ...(redisTestsSelected() ? [] : ['/tests/response-cache/redis\\.test\\.ts$']),
    ...(s3TestsSelected() ? [] : ['\\.s3\\.test\\.ts$']),
  ],
  testEnvironment: 'node',
  transform,
  setupFiles: [`<rootDir>/tests/setup/use-${database}.js`],
  setupFilesAfterEnv: ['<rootDir>/tests/setup/timeouts.js'],
});

// Pure functions (text cleaning, scoring): no app, no database, so they run once.
const unitProject = {
  displayName: 'unit',
  rootDir,
  testMatch: ['<rootDir>/tests/**/*.unit.test.ts'],
  testEnvironment: 'node',
  transform,
};

// The browser drives the admin panel and pages; one database is enough under it.
const browserProject = {
  displayName: 'browser',
  rootDir,
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.test.ts'],
  testEnvironment: 'node',
  transform,
  setupFiles: ['<rootDir>/tests/setup/use-sqlite.js'],
  setupFilesAfterEnv: ['<rootDir>/tests/setup/timeouts.js'],
};

module.exports = {
  rootDir,
  globalSetup: '<rootDir>/tests/setup/global-setup.js',
  globalTeardown: '<rootDir>/tests/setup/global-teardown.js',
  // Longest files first (durations from the last full run), so both workers finish together.
  testSequencer: '<rootDir>/tests/setup/slowest-first.js',
  projects: [unitProject, ...selectedDatabases().map(databaseProject), ...(browserTestsSelected() ? [browserProject] : [])],
  maxWorkers: 2,
  // Each test file loads its own copy of Strapi, and a worker kept them all: one grew to 4 GB
  // over a run, and its collections slowed every later file. A worker past this is replaced
  // once its file has finished.
  workerIdleMemoryLimit: '1.5GB',
};
