import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  proxy: env.bool('IS_PROXIED', false),
  // No call home at start-up to look for new Strapi versions.
  logger: {
    updates: { enabled: false },
    startup: { enabled: env.bool('LOG_STARTUP_BANNER', true) },
  },
  // Strapi's cron runs scheduled publishing (see config/editorial.ts).
  cron: { enabled: env.bool('CRON_ENABLED', true) },
  app: {
    keys: env.array('APP_KEYS'),
  },
  // Static files and media uploads (<public>/uploads). Another folder must hold the example
  // site's index.html and assets too; tests give each app one of its own so that a restore,
  // which swaps out the whole uploads folder, cannot touch another app's files.
  dirs: { public: env('PUBLIC_DIR', './public') },
});
