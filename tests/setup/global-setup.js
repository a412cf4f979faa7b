const path = require('path');
const { selectedDatabases } = require('./databases');
const { startTestPostgres } = require('./test-postgres');

const appDir = path.resolve(__dirname, '..', '..');

// Compile the TypeScript app once for every test file, then start PostgreSQL if it is wanted.
module.exports = async () => {
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir });
  if (selectedDatabases().includes('postgres')) {
    const server = await startTestPostgres();
    // Workers are forked after this point, so they inherit the URL.
    process.env.TEST_POSTGRES_URL = server.url;
    globalThis.__TEST_POSTGRES__ = server;
  }
};
