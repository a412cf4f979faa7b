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
});
