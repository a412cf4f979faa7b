// Boots the app for a one-off command, runs `work` with it, and shuts it down.
const path = require('path');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..');

// Strapi emits its document events after the commit without awaiting them (each reads the
// entry back for webhooks); destroying the pool while one is still running fails the process
// with an unhandled "aborted". A command waits for the pool to go quiet first.
const waitForQuietPool = async (app, timeoutMs = 5000) => {
  const pool = app.db.connection.client.pool;
  if (!pool) return;
  const deadline = Date.now() + timeoutMs;
  // Two quiet looks in a row: an event's read starts a tick after the write it follows.
  for (let quiet = 0; quiet < 2 && Date.now() < deadline; ) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    quiet = pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() === 0 ? quiet + 1 : 0;
  }
};

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
    await waitForQuietPool(app);
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

module.exports = { withStrapi, runCommand, waitForQuietPool };
