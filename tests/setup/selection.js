const fs = require('fs');

const DATABASES = ['sqlite', 'postgres'];
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Which databases this run covers: both unless TEST_DATABASES names a subset. */
const selectedDatabases = () => {
  const wanted = (process.env.TEST_DATABASES || DATABASES.join(','))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = wanted.filter((name) => !DATABASES.includes(name));
  if (unknown.length > 0) throw new Error(`TEST_DATABASES: unknown database(s) ${unknown.join(', ')}; use ${DATABASES.join(', ')}`);
  return wanted;
};

/**
 * Whether the browser tests run: whenever Debian's chromium is installed, unless
 * TEST_BROWSER=0. In CI a missing browser is an error, never a silent skip.
 */
const browserTestsSelected = () => {
  if (process.env.TEST_BROWSER === '0') return false;
  if (fs.existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true' || process.env.TEST_BROWSER === '1') {
    throw new Error(`Browser tests need chromium at ${CHROMIUM} (apt-get install chromium).`);
  }
  console.warn(`\nBrowser tests skipped: no chromium at ${CHROMIUM}. Install it with "apt-get install chromium" to run them.\n`);
  return false;
};

const REDIS_SERVER = process.env.REDIS_SERVER_PATH || '/usr/bin/redis-server';

/**
 * Whether the Redis response-cache tests run: the same rule as the browser tests, so a fresh
 * machine without Debian's redis-server still passes `npm test`, and CI never skips them.
 */
const redisTestsSelected = () => {
  if (fs.existsSync(REDIS_SERVER)) return true;
  if (process.env.CI === 'true') throw new Error(`The Redis tests need redis-server at ${REDIS_SERVER} (apt-get install redis-server).`);
  console.warn(
    `\nRedis cache tests skipped: no redis-server at ${REDIS_SERVER}. Install it with "apt-get install redis-server" to run them.\n`
  );
  return false;
};

const { SWIFT_BIN } = require('../../scripts/lib/swift-s3-server');

const SWIFT_PROXY = `${SWIFT_BIN}/swift-proxy-server`;

/**
 * Whether the object-storage tests (*.s3.test.ts) run: they start Debian's OpenStack Swift as an
 * S3-compatible server, under the same rule as Redis.
 */
const s3TestsSelected = () => {
  if (fs.existsSync(SWIFT_PROXY)) return true;
  const install = 'apt-get install swift-proxy swift-account swift-container swift-object';
  if (process.env.CI === 'true') throw new Error(`The object-storage tests need OpenStack Swift at ${SWIFT_PROXY} (${install}).`);
  console.warn(`\nObject-storage (S3) tests skipped: no ${SWIFT_PROXY}. Install it with "${install}" to run them.\n`);
  return false;
};

module.exports = { selectedDatabases, browserTestsSelected, redisTestsSelected, s3TestsSelected, CHROMIUM };
