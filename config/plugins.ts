import type { Core } from '@strapi/strapi';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { fetchConcurrencyPlugin } from '../src/delivery/graphql/fetch-concurrency';
import { queryCostPlugin } from '../src/delivery/graphql/query-cost';
import { uploadStorageConfig } from '../src/platform/media/upload-storage';

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const isProduction = env('NODE_ENV', 'development') === 'production';
  const pageLimits = { defaultLimit: env.int('GRAPHQL_DEFAULT_LIMIT', 25), maxLimit: env.int('GRAPHQL_MAX_LIMIT', 100) };
  // Below the pool's size (DATABASE_POOL_MAX, 10), so one operation never holds the whole pool.
  const askedConcurrency = env.int('GRAPHQL_FETCH_CONCURRENCY', 4);
  // A value that is not a whole number above 0 ("four", 0) keeps the default rather than
  // failing every GraphQL request.
  const fetchConcurrency = Number.isInteger(askedConcurrency) && askedConcurrency > 0 ? askedConcurrency : 4;
  return {
    // Strapi's email plugin sends through SMTP (review reminders). Reminders are e-mailed only
    // when SMTP_HOST is set (config/editorial.ts); Strapi's default, sendmail, is not used.
    email: {
      config: {
        provider: 'nodemailer',
        providerOptions: {
          host: env('SMTP_HOST', '127.0.0.1'),
          port: env.int('SMTP_PORT', 587),
          secure: env.bool('SMTP_SECURE', false),
          ...(env('SMTP_USERNAME', '') ? { auth: { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD', '') } } : {}),
        },
        settings: {
          defaultFrom: env('EMAIL_FROM', 'reviews@wellness-cms.invalid'),
          defaultReplyTo: env('EMAIL_REPLY_TO', '') || undefined,
        },
      },
    },
    'users-permissions': {
      config: {
        jwtSecret: env('JWT_SECRET'),
        jwt: { expiresIn: env('JWT_EXPIRES_IN', '7d') },
      },
    },
    upload: {
      config: {
        // UPLOAD_PROVIDER=s3 keeps files in a bucket every instance shares (deploy/README.md).
        ...uploadStorageConfig(env),
        sizeLimit: env.int('UPLOAD_MAX_BYTES', 10 * 1024 * 1024),
        // Checked against the file's bytes, not its name or declared type. No SVG or HTML:
        // served from this origin they could run scripts.
        security: {
          allowedTypes: env.array('UPLOAD_ALLOWED_TYPES', [
            'image/jpeg',
            'image/png',
            'image/webp',
            'image/gif',
            'image/avif',
            'application/pdf',
          ]),
          deniedTypes: [
            'image/svg+xml',
            'text/html',
            'application/xhtml+xml',
            'text/xml',
            'application/xml',
            'application/javascript',
            'text/javascript',
          ],
        },
      },
    },
    graphql: {
      config: {
        endpoint: '/graphql',
        shadowCRUD: true,
        // The plugin ships with no bounds: these keep one query from walking the whole graph.
        depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 8),
        ...pageLimits,
        // Read by the relation batches too (src/delivery/graphql/batch-relation-loads.ts).
        fetchConcurrency,
        // Apollo's "production" landing page still links its hosted explorer: serve none at all.
        landingPage: isProduction ? () => ApolloServerPluginLandingPageDisabled() : true,
        apolloServer: {
          introspection: env.bool('GRAPHQL_INTROSPECTION', !isProduction),
          // The plugin's own CORS answers any origin; strapi::cors (CORS_ORIGINS) already ran.
          cors: false,
          // Bounds parsing itself, before depth and cost are looked at.
          parseOptions: { maxTokens: env.int('GRAPHQL_MAX_TOKENS', 3000) },
          plugins: [
            queryCostPlugin({ maxCost: env.int('GRAPHQL_MAX_COST', 10000), ...pageLimits }),
            fetchConcurrencyPlugin(fetchConcurrency),
            // "Did you mean ...?" hints would spell out the schema that introspection hides.
            ...(isProduction ? [ApolloServerPluginDisableSuggestions()] : []),
          ],
        },
      },
    },
  };
};
