import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import pLimit from 'p-limit';
import type { ApolloServerPlugin } from '@apollo/server';

type Limit = ReturnType<typeof pLimit>;
type StrapiGraphqlContext = { koaContext?: object };

/** What the limit counts: root fields (each alias one query) and relation batches. */
export type FetchKind = 'root fields' | 'relation batches';

const limitsByRequest = new WeakMap<object, Map<FetchKind, Limit>>();

/**
 * How many fetches of one kind a request may have running at once. A GraphQL operation starts
 * every root field, and every alias of one, at the same moment: 300 aliases of `articles` put
 * 300 queries in the connection pool's queue, where the last ones time out (a KnexTimeoutError
 * behind a 200) and every other client waits behind them. Past the limit a fetch waits its turn
 * inside its own request instead. The two kinds have separate limits so that a root field
 * holding a turn never waits for a relation batch that needs one (no deadlock).
 */
export const requestFetchLimit = (request: object, kind: FetchKind, concurrency: number): Limit => {
  let limits = limitsByRequest.get(request);
  if (!limits) limitsByRequest.set(request, (limits = new Map()));
  let limit = limits.get(kind);
  if (!limit) limits.set(kind, (limit = pLimit(concurrency)));
  return limit;
};

const limitedRootFields = new WeakSet<GraphQLSchema>();

const limitRootFields = (schema: GraphQLSchema, concurrency: number) => {
  if (limitedRootFields.has(schema)) return;
  limitedRootFields.add(schema);
  // Mutations already run one after another (GraphQL's rule); only queries fan out.
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context: StrapiGraphqlContext, info) => {
      const request = context?.koaContext;
      if (!request) return resolve(source, args, context, info);
      return requestFetchLimit(request, 'root fields', concurrency)(() => resolve(source, args, context, info));
    };
  }
};

/** An Apollo plugin putting the root fields of every operation under the request's fetch limit. */
export const fetchConcurrencyPlugin = (concurrency: number): ApolloServerPlugin => ({
  async serverWillStart() {
    return {
      schemaDidLoadOrUpdate({ apiSchema }) {
        limitRootFields(apiSchema, concurrency);
      },
    };
  },
});
