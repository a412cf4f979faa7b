// What every test app is configured with, whichever database it runs on: fresh secrets and the
// switches that keep a test app quiet and quick. tests/helpers/strapi.ts adds the database and a
// test's own overrides; app-template.js boots the template databases with the same settings.
const crypto = require('crypto');

const randomSecret = () => crypto.randomBytes(24).toString('base64');

const testAppEnv = () => ({
  HOST: '127.0.0.1',
  PORT: '0',
  APP_KEYS: [randomSecret(), randomSecret()].join(','),
  API_TOKEN_SALT: randomSecret(),
  ADMIN_JWT_SECRET: randomSecret(),
  TRANSFER_TOKEN_SALT: randomSecret(),
  JWT_SECRET: randomSecret(),
  ENCRYPTION_KEY: randomSecret(),
  SEED_DEMO_CONTENT: 'false',
  SERVE_ADMIN: 'false',
  LOG_STARTUP_BANNER: 'false',
  // Tests run scheduled publishing passes themselves, at moments they choose.
  SCHEDULED_PUBLISHING: 'false',
  // WebP and AVIF copies add seconds to every demo seed; the tests about media turn them on
  // (MODERN_RENDITIONS in tests/helpers/strapi.ts).
  UPLOAD_MODERN_FORMATS: '',
  // A test run shares two cores with PostgreSQL, chromium and CI's production build: a boot
  // once waited more than the 5 s production default for a pooled connection and failed.
  // The outage test sets the production values back.
  DATABASE_CONNECTION_TIMEOUT: '30000',
  DATABASE_CONNECT_TIMEOUT: '30000',
  STRAPI_TELEMETRY_DISABLED: 'true',
});

module.exports = { testAppEnv };
