import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  // The public site; editors' preview links open there.
  url: env('FRONTEND_URL', 'http://127.0.0.1:1337'),
  preview: {
    secret: env('PREVIEW_SECRET', ''),
    linkLifetimeMinutes: env.int('PREVIEW_LINK_LIFETIME_MINUTES', 60),
  },
  revalidate: {
    // Told about every change to public content so static sites can rebuild the pages it touches.
    url: env('FRONTEND_REVALIDATE_URL', ''),
    secret: env('FRONTEND_REVALIDATE_SECRET', ''),
    timeoutMs: env.int('FRONTEND_REVALIDATE_TIMEOUT_MS', 5000),
    attempts: env.int('FRONTEND_REVALIDATE_ATTEMPTS', 3),
  },
});
