#!/usr/bin/env node
// `npm run client-types`: writes client/openapi.ts, the typed client's types, from the
// OpenAPI document that /api/openapi.json serves. CI reruns it and fails when the file changes.
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { astToString, default: openapiTS } = require('openapi-typescript');
const { runCommand, withStrapi } = require('./lib/with-strapi');

const target = path.resolve(__dirname, '..', 'client', 'openapi.ts');

const HEADER = `/**
 * Generated from the OpenAPI document (GET /api/openapi.json) by openapi-typescript.
 * Do not edit: change the content types or src/delivery/openapi/, then run \`npm run client-types\`.
 */

`;

// The document reads only the models and config, never rows: a scratch SQLite database with
// throwaway secrets boots on a clone without .env and leaves the developer's database alone.
// The site name and public URL fall back to config/'s defaults, so no machine's .env leaks in.
// Set after requiring @strapi/strapi, which has read .env by then and does not read it again.
const scratchDatabase = path.join(os.tmpdir(), `wellness-cms-client-types-${process.pid}.db`);
const secret = () => crypto.randomBytes(24).toString('base64');
Object.assign(process.env, {
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: scratchDatabase,
  APP_KEYS: `${secret()},${secret()}`,
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
  STRAPI_TELEMETRY_DISABLED: 'true',
});
for (const name of ['SITE_NAME', 'SITE_DESCRIPTION', 'PUBLIC_URL', 'FRONTEND_URL']) delete process.env[name];

// Schema names sorted by code unit: the same file whatever order the models were loaded in.
const sortedSchemas = (document) => ({
  ...document,
  components: {
    ...document.components,
    schemas: Object.fromEntries(Object.entries(document.components.schemas).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  },
});

const generate = async (document) => {
  // emptyObjectsUnknown: a schema-less { type: 'object' } (image formats, JSON-LD nodes) is any object, not {}.
  const ast = await openapiTS(sortedSchemas(document), { emptyObjectsUnknown: true, silent: true });
  return HEADER + astToString(ast);
};

runCommand(async () => {
  try {
    const document = await withStrapi(async (app, load) => load('delivery/openapi/openapi-document').openApiDocument(app));
    fs.writeFileSync(target, await generate(document));
    console.log(`Wrote ${path.relative(process.cwd(), target)}.`);
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${scratchDatabase}${suffix}`, { force: true });
  }
});
