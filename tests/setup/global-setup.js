const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { browserTestsSelected, selectedDatabases } = require('./selection');
const { startTestPostgres } = require('./test-postgres');
const { createAppTemplates } = require('./app-template');

const appDir = path.resolve(__dirname, '..', '..');

// The browser tests need the built admin panel; `strapi build` makes it (about half a minute).
const ensureAdminBuild = () => {
  if (fs.existsSync(path.join(appDir, 'dist', 'build', 'index.html'))) return;
  console.log('\nBuilding the admin panel for the browser tests (npm run build) ...');
  execFileSync('npx', ['strapi', 'build'], { cwd: appDir, stdio: 'inherit' });
};

// Compile the TypeScript app once for every test file, start PostgreSQL if it is wanted, and
// make the template databases test apps start from.
module.exports = async () => {
  if (browserTestsSelected()) ensureAdminBuild();
  // The example site's browser code, which the site and client tests load.
  require('../../scripts/build-site');
  require('../../scripts/clean-compiled');
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir });
  if (selectedDatabases().includes('postgres')) {
    const server = await startTestPostgres();
    // Workers are forked after this point, so they inherit the URL.
    process.env.TEST_POSTGRES_URL = server.url;
    globalThis.__TEST_POSTGRES__ = server;
  }
  // The browser tests run on SQLite whichever databases the other tests cover.
  const databases = [...new Set([...selectedDatabases(), ...(browserTestsSelected() ? ['sqlite'] : [])])];
  Object.assign(process.env, await createAppTemplates(databases, process.env.TEST_POSTGRES_URL));
};
