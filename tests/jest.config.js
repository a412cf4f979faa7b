// One `npm test` runs every test file on SQLite and on a real PostgreSQL server that the
// global setup starts on a private port. TEST_DATABASES=sqlite (or postgres) narrows it.
const path = require('path');
const { selectedDatabases } = require('./setup/databases');

const rootDir = path.resolve(__dirname, '..');

const project = (database) => ({
  displayName: database,
  rootDir,
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/tests/e2e/'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  setupFiles: [`<rootDir>/tests/setup/use-${database}.js`],
  setupFilesAfterEnv: ['<rootDir>/tests/setup/timeouts.js'],
});

module.exports = {
  rootDir,
  globalSetup: '<rootDir>/tests/setup/global-setup.js',
  globalTeardown: '<rootDir>/tests/setup/global-teardown.js',
  projects: selectedDatabases().map(project),
  maxWorkers: 2,
};
