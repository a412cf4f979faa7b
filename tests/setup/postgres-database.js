// A database of its own on the test PostgreSQL server, optionally a copy of a template: for each
// test app (tests/helpers/strapi.ts) and for the template itself (app-template.js).
const { Client } = require('pg');

/** Creates `name` on the server and returns its URL. */
const createPostgresDatabase = async (serverUrl, name, template) => {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

module.exports = { createPostgresDatabase };
