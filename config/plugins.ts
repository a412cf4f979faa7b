import type { Core } from '@strapi/strapi';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const isProduction = env('NODE_ENV', 'development') === 'production';
  return {
    'users-permissions': {
      config: {
        jwtSecret: env('JWT_SECRET'),
        jwt: { expiresIn: env('JWT_EXPIRES_IN', '7d') },
      },
    },
    graphql: {
      config: {
        endpoint: '/graphql',
        shadowCRUD: true,
        // The plugin ships with no bounds: these keep one query from walking the whole graph.
        depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 8),
        defaultLimit: env.int('GRAPHQL_DEFAULT_LIMIT', 25),
        maxLimit: env.int('GRAPHQL_MAX_LIMIT', 100),
        // Apollo's "production" landing page still links its hosted explorer: serve none at all.
        landingPage: isProduction ? () => ApolloServerPluginLandingPageDisabled() : true,
        apolloServer: {
          introspection: env.bool('GRAPHQL_INTROSPECTION', !isProduction),
          // "Did you mean ...?" hints would spell out the schema that introspection hides.
          plugins: isProduction ? [ApolloServerPluginDisableSuggestions()] : [],
        },
      },
    },
  };
};
