// The app's TypeScript into dist/, as the test setup does it: stale compiled files out first.
// Benchmark and fault runs start dist/ in child processes, so they compile once up front.
const path = require('path');
const { appDir } = require('./app-env');

const compileApp = async () => {
  require(path.join(appDir, 'scripts', 'clean-compiled'));
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir });
};

module.exports = { compileApp };
