import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => [
  // First, so cached public answers skip the whole chain; misses are kept by http-caching.
  'global::response-cache',
  'strapi::logger',
  'strapi::errors',
  // Inside the error handler: a database outage is answered 503 with Retry-After, not 500.
  'global::database-unavailable',
  // Compresses what the caching layer below has tagged: the ETag describes the uncompressed body.
  'strapi::compression',
  'global::http-caching',
  'strapi::security',
  {
    name: 'strapi::cors',
    config: {
      origin: env.array('CORS_ORIGINS', ['*']),
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  {
    name: 'strapi::body',
    config: {
      jsonLimit: env('BODY_JSON_LIMIT', '1mb'),
      formLimit: env('BODY_FORM_LIMIT', '1mb'),
      textLimit: env('BODY_TEXT_LIMIT', '1mb'),
    },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
