import type { Core } from '@strapi/strapi';

/** How long browsers and CDNs may keep public content (our own app cache never serves stale). */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  maxAgeSeconds: env.int('HTTP_CACHE_MAX_AGE', 60),
  staleWhileRevalidateSeconds: env.int('HTTP_CACHE_STALE_WHILE_REVALIDATE', 300),
});
