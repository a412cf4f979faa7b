// Where each benchmark database lives and the environment the app runs with. Secrets are random
// but kept in bench/.work: API tokens are hashed with API_TOKEN_SALT, so a reused seeded
// database needs the salt its write token was made with.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const appDir = path.resolve(__dirname, '..');
const workDir = path.join(__dirname, '.work');
const SECRET_NAMES = ['API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'];

const randomSecret = () => crypto.randomBytes(24).toString('base64');

/** The secrets of this checkout's benchmark databases, made on first use. */
const benchSecrets = () => {
  const file = path.join(workDir, 'secrets.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
  const secrets = {
    APP_KEYS: [randomSecret(), randomSecret()].join(','),
    ...Object.fromEntries(SECRET_NAMES.map((name) => [name, randomSecret()])),
    postgresPassword: crypto.randomBytes(12).toString('hex'),
  };
  fs.mkdirSync(workDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(secrets, null, 1), { mode: 0o600 });
  return secrets;
};

const databaseName = (size) => `bench_${size}`;
const sqliteFile = (size) => path.join(workDir, `sqlite-${size}.db`);
const manifestFile = (db, size) => path.join(workDir, `${db}-${size}.manifest.json`);

/** DATABASE_* variables for one seeded database. */
const databaseEnv = (db, size, postgres) =>
  db === 'postgres'
    ? { DATABASE_CLIENT: 'postgres', DATABASE_URL: postgres.urlOf(databaseName(size)) }
    : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: sqliteFile(size) };

/** The environment of an app child: production, no admin panel, no scheduler, loopback only. */
const appEnv = ({ database, port, cache, extra = {} }) => {
  const { postgresPassword, ...secrets } = benchSecrets();
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    ...secrets,
    SERVE_ADMIN: 'false',
    SEED_DEMO_CONTENT: 'false',
    // A scheduler pass every 20 s would add writes of its own to the measurements.
    SCHEDULED_PUBLISHING: 'false',
    LOG_STARTUP_BANNER: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    RESPONSE_CACHE: cache ? 'on' : 'off',
    ...database,
    ...extra,
  };
};

module.exports = { appDir, workDir, benchSecrets, databaseName, sqliteFile, manifestFile, databaseEnv, appEnv };
