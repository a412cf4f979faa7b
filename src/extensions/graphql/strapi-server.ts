import { guardGraphqlBuilders } from '../../delivery/graphql/guard-graphql-builders';

type GraphqlPlugin = { services: Record<string, unknown> };

// The plugin's resolvers take transformArgs from the builders service when the schema is
// built, so the service is wrapped here, at load, before that happens.
export default (plugin: GraphqlPlugin) => {
  plugin.services.builders = guardGraphqlBuilders(plugin.services.builders as Parameters<typeof guardGraphqlBuilders>[0]);
  return plugin;
};
