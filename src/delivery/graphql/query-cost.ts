import { GraphQLError, getNamedType, getNullableType, isListType, type GraphQLOutputType } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ApolloServerPlugin } from '@apollo/server';

export type QueryCostLimits = {
  /** Highest cost one operation may have: roughly, how many values it may ask the database for. */
  maxCost: number;
  /** The page size Strapi uses when a query names none, and the most it will return. */
  defaultLimit: number;
  maxLimit: number;
};

// Repeatable components (sources, FAQ, opening hours) are lists without pagination arguments.
const UNPAGINATED_LIST_GUESS = 10;

const isCollection = (type: GraphQLOutputType) =>
  isListType(getNullableType(type)) ||
  getNamedType(type).name.endsWith('EntityResponseCollection') ||
  getNamedType(type).name.endsWith('Connection');

const requestedPageSize = (args: Record<string, unknown>) => {
  const pagination = (args.pagination ?? {}) as { pageSize?: unknown; limit?: unknown };
  const asked = Number(pagination.pageSize ?? pagination.limit);
  return Number.isFinite(asked) && asked > 0 ? asked : undefined;
};

/**
 * Every list multiplies what is selected inside it by the page it may return, so aliases and
 * nested relations (articles → topics → articles ...) add up to what the server would fetch.
 */
const pagedListEstimator =
  (limits: QueryCostLimits): ComplexityEstimator =>
  ({ field, args, childComplexity }) => {
    // Introspection walks the schema, whose size is fixed; it is switched off in production.
    if (field.name === '__schema' || field.name === '__type') return 1;
    if (!isCollection(field.type)) return undefined;
    const paginated = field.args.some((arg) => arg.name === 'pagination');
    const pageSize = paginated ? Math.min(requestedPageSize(args) ?? limits.defaultLimit, limits.maxLimit) : UNPAGINATED_LIST_GUESS;
    return 1 + pageSize * Math.max(childComplexity, 1);
  };

/**
 * The cost is computed with the request's variables, so variables of the wrong type (or too
 * many nodes to count) fail here first: that is the client's error, not the server's.
 */
const costOf = (compute: () => number) => {
  try {
    return compute();
  } catch (error) {
    throw new GraphQLError(error instanceof Error ? error.message : 'This query cannot be costed.', {
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
};

/** An Apollo plugin refusing, with a 400 before anything runs, operations costlier than the bound. */
export const queryCostPlugin = (limits: QueryCostLimits): ApolloServerPlugin => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, schema }) {
        const cost = costOf(() =>
          getComplexity({
            schema,
            query: document,
            variables: request.variables,
            operationName: request.operationName,
            estimators: [pagedListEstimator(limits), simpleEstimator({ defaultComplexity: 1 })],
          })
        );
        if (cost <= limits.maxCost) return;
        throw new GraphQLError(
          `This query would cost ${cost}, above the limit of ${limits.maxCost}: ask for smaller pages, fewer aliases or less nesting.`,
          {
            extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost: limits.maxCost, http: { status: 400 } },
          }
        );
      },
    };
  },
});
