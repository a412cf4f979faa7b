// Boots the app for a one-off command, runs `work` with it, and shuts it down.
const path = require('path');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..');

const withStrapi = async (work, { quiet = true } = {}) => {
  // A command is not a server: no demo seeding, no scheduler, no banner.
  process.env.SEED_DEMO_CONTENT = 'false';
  process.env.SCHEDULED_PUBLISHING = 'false';
  process.env.LOG_STARTUP_BANNER = 'false';
  // SKIP_COMPILE=true reuses dist/ (tests that run a command while the app is already built).
  const skipCompile = process.env.SKIP_COMPILE === 'true';
  if (!skipCompile) require('../clean-compiled');
  const appContext = skipCompile ? { appDir, distDir: path.join(appDir, 'dist') } : await compileStrapi({ appDir });
  const app = createStrapi(appContext);
  if (quiet) app.log.level = 'warn';
  await app.load();
  try {
    return await work(app, (modulePath) => require(path.join(appContext.distDir, 'src', modulePath)));
  } finally {
    await app.destroy();
  }
};

const runCommand = (main) =>
  main().then(
    (code) => process.exit(code ?? 0),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    }
  );

module.exports = { withStrapi, runCommand };
