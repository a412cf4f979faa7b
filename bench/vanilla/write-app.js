// The `vanilla` mode's app: plain Strapi with the project's schema and nothing else. Generated
// from the project's own content types and components (schema.json files copied as they are),
// with Strapi's factory routes, controllers and services, the same REST page limits, database
// settings and plugins a new Strapi project has: no middleware, Document Service middleware,
// route or controller of this project. It runs on a copy of the seeded database.
const fs = require('fs');
const path = require('path');
const { appDir } = require('../app-env');

const write = (file, text) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};

const factory = (kind, uid) => `'use strict';\n\nmodule.exports = require('@strapi/strapi').factories.createCore${kind}('${uid}');\n`;

const CONFIG = {
  'database.js': `module.exports = ({ env }) => ({
  connection:
    env('DATABASE_CLIENT', 'sqlite') === 'postgres'
      ? { client: 'postgres', connection: { connectionString: env('DATABASE_URL') }, pool: { min: 2, max: 10 } }
      : { client: 'sqlite', connection: { filename: env('DATABASE_FILENAME') }, useNullAsDefault: true },
});
`,
  'server.js': `module.exports = ({ env }) => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  app: { keys: env.array('APP_KEYS') },
});
`,
  'admin.js': `module.exports = ({ env }) => ({
  serveAdminPanel: false,
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
});
`,
  // The project's page limits, so a list asks for as many rows on both.
  'api.js': `module.exports = { rest: { defaultLimit: 25, maxLimit: 100, withCount: true } };
`,
  'plugins.js': `module.exports = ({ env }) => ({ 'users-permissions': { config: { jwtSecret: env('JWT_SECRET') } } });
`,
  // Strapi's default middleware list, as create-strapi-app writes it.
  'middlewares.js': `module.exports = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
`,
};

/** Writes the vanilla app into `dir` (replacing what was there) and returns `dir`. */
const writeVanillaApp = (dir) => {
  fs.rmSync(dir, { recursive: true, force: true });
  const strapiVersion = require('@strapi/strapi/package.json').version;
  write(
    path.join(dir, 'package.json'),
    `${JSON.stringify(
      {
        name: 'wellness-cms-vanilla',
        private: true,
        version: '0.0.0',
        dependencies: { '@strapi/strapi': strapiVersion, '@strapi/plugin-users-permissions': strapiVersion },
      },
      null,
      2
    )}\n`
  );
  for (const [name, text] of Object.entries(CONFIG)) write(path.join(dir, 'config', name), text);
  write(path.join(dir, 'src', 'index.js'), "'use strict';\n\nmodule.exports = { register() {}, bootstrap() {} };\n");
  fs.writeFileSync(path.join(dir, 'favicon.png'), '');
  fs.mkdirSync(path.join(dir, 'public', 'uploads'), { recursive: true });

  const apiDir = path.join(appDir, 'src', 'api');
  for (const api of fs.readdirSync(apiDir)) {
    const typesDir = path.join(apiDir, api, 'content-types');
    if (!fs.existsSync(typesDir)) continue;
    for (const type of fs.readdirSync(typesDir)) {
      const uid = `api::${api}.${type}`;
      write(
        path.join(dir, 'src', 'api', api, 'content-types', type, 'schema.json'),
        fs.readFileSync(path.join(typesDir, type, 'schema.json'))
      );
      write(path.join(dir, 'src', 'api', api, 'routes', `${type}.js`), factory('Router', uid));
      write(path.join(dir, 'src', 'api', api, 'controllers', `${type}.js`), factory('Controller', uid));
      write(path.join(dir, 'src', 'api', api, 'services', `${type}.js`), factory('Service', uid));
    }
  }
  fs.cpSync(path.join(appDir, 'src', 'components'), path.join(dir, 'src', 'components'), { recursive: true });
  // The project's installed packages: the same Strapi, nothing to install.
  fs.symlinkSync(path.join(appDir, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
};

module.exports = { writeVanillaApp };
