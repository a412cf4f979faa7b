import type { Core } from '@strapi/strapi';
import { mediaOrigin } from '../src/platform/media/upload-storage';

// Strapi's own CSP lists, plus the bucket or CDN that media is read from when it is not this
// origin: the admin panel's media library and the example site show images from there.
const withMediaOrigin = (origin: string | null) =>
  origin
    ? {
        name: 'strapi::security',
        config: {
          contentSecurityPolicy: {
            directives: {
              'img-src': ["'self'", 'data:', 'blob:', 'https://market-assets.strapi.io', origin],
              'media-src': ["'self'", 'data:', 'blob:', origin],
            },
          },
        },
      }
    : 'strapi::security';

export default ({ env }: Core.Config.Shared.ConfigParams) => [
  // Before anything reads ctx.query: `?__proto__` must not reach Object.prototype.
  'global::prototype-safe-query',
  // First, so cached public answers skip the whole chain; misses are kept by http-caching.
  'global::response-cache',
  'strapi::logger',
  {
    // Outside the error handler, so it sees every 413, however the body parser raised it.
    name: 'global::finish-refused-bodies',
    config: {
      maxBytes: env.int('REFUSED_BODY_READ_BYTES', 32 * 1024 * 1024),
      maxMilliseconds: env.int('REFUSED_BODY_READ_MILLISECONDS', 10_000),
    },
  },
  'strapi::errors',
  // Inside the error handler: a page endpoint's slug that moved is a 301 with Location, not an error.
  'global::answer-moved-pages',
  // Inside the error handler, around the router: a method a path does not take is a JSON 405.
  'global::json-method-errors',
  // Inside the error handler: a database outage is answered 503 with Retry-After, not 500.
  'global::database-unavailable',
  'global::refuse-nul-characters',
  // Compresses what the caching layer below has tagged: the ETag describes the uncompressed body.
  'strapi::compression',
  'global::http-caching',
  withMediaOrigin(mediaOrigin(env)),
  {
    name: 'strapi::cors',
    config: {
      origin: env.array('CORS_ORIGINS', ['*']),
    },
  },
  {
    // After CORS, so a browser can read the 429; before the body parser, so a flood costs little.
    name: 'global::auth-rate-limit',
    config: {
      enabled: env.bool('AUTH_RATE_LIMIT', true),
      max: env.int('AUTH_RATE_LIMIT_MAX', 10),
      windowSeconds: env.int('AUTH_RATE_LIMIT_WINDOW_SECONDS', 60),
      paths: [
        '/api/auth',
        '/api/connect',
        '/admin/login',
        '/admin/register',
        '/admin/register-admin',
        '/admin/forgot-password',
        '/admin/reset-password',
        '/admin/access-token',
      ],
    },
  },
  // No 'strapi::poweredBy': X-Powered-By tells a scanner what to try and a client nothing.
  'strapi::query',
  {
    name: 'strapi::body',
    config: {
      jsonLimit: env('BODY_JSON_LIMIT', '1mb'),
      formLimit: env('BODY_FORM_LIMIT', '1mb'),
      textLimit: env('BODY_TEXT_LIMIT', '1mb'),
      // The upload plugin checks its own sizeLimit only after the whole file has been received.
      formidable: { maxFileSize: env.int('UPLOAD_MAX_BYTES', 10 * 1024 * 1024) },
    },
  },
  'strapi::session',
  {
    // Strapi's default is ./favicon.png, which this project has not: every /favicon.ico was a 500.
    name: 'strapi::favicon',
    config: { path: 'public/favicon.ico' },
  },
  'global::sandboxed-uploads',
  'strapi::public',
  // Last, just before the router: src/api/feed's routes answer at the root as well as under /api.
  { name: 'global::serve-at-root', config: { paths: ['/feed.xml', '/sitemap.xml', '/robots.txt'] } },
];
