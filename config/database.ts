import path from 'path';
import type { Core } from '@strapi/strapi';

// SQLite is the embedded default so a newcomer needs no server; PostgreSQL is production.
export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const client = env('DATABASE_CLIENT', 'sqlite');

  const connections = {
    postgres: {
      connection: {
        connectionString: env('DATABASE_URL'),
        host: env('DATABASE_HOST', 'localhost'),
        port: env.int('DATABASE_PORT', 5432),
        database: env('DATABASE_NAME', 'strapi'),
        user: env('DATABASE_USERNAME', 'strapi'),
        password: env('DATABASE_PASSWORD', 'strapi'),
        ssl: env.bool('DATABASE_SSL', false) && {
          key: env('DATABASE_SSL_KEY', undefined),
          cert: env('DATABASE_SSL_CERT', undefined),
          ca: env('DATABASE_SSL_CA', undefined),
          capath: env('DATABASE_SSL_CAPATH', undefined),
          cipher: env('DATABASE_SSL_CIPHER', undefined),
          rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
        },
        schema: env('DATABASE_SCHEMA', 'public'),
        // A server that drops packets instead of refusing would otherwise hold a new connection
        // (and the request waiting for it) until the kernel gives up, minutes later.
        connectionTimeoutMillis: env.int('DATABASE_CONNECT_TIMEOUT', 5000),
      },
      pool: {
        min: env.int('DATABASE_POOL_MIN', 2),
        max: env.int('DATABASE_POOL_MAX', 10),
      },
    },
    sqlite: {
      connection: {
        // Compiled config lives in dist/config, so the project root is two levels up.
        filename: path.resolve(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
    },
  };

  if (client !== 'sqlite' && client !== 'postgres') {
    throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres", got "${client}"`);
  }

  return {
    connection: {
      client,
      ...connections[client as keyof typeof connections],
      // How long a request may wait for a pooled connection before it is answered 503 (see
      // src/middlewares/database-unavailable.ts). Knex's 60 s reads as a hang to clients; under
      // a PostgreSQL restart requests caught waiting in the pool were seen waiting this long.
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 5000),
    },
  };
};
