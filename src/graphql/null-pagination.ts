type TransformArgs = (args: Record<string, unknown>, options: unknown) => Record<string, unknown>;
type BuildersService = { utils: { transformArgs: TransformArgs } };
type BuildersFactory = (context: unknown) => BuildersService;

/**
 * The GraphQL plugin reads `pagination` with a default of {} for a missing argument, but an
 * explicit `pagination: null` (a literal, or a variable sent as null) reached its pagination
 * helper as null and threw "Cannot read properties of null (reading 'page')": an internal
 * error on every collection, relation and component list. Null now means "not given", as it
 * already does for filters and sort.
 */
export const treatNullPaginationAsAbsent =
  (factory: BuildersFactory): BuildersFactory =>
  (context) => {
    const builders = factory(context);
    const { transformArgs } = builders.utils;
    builders.utils.transformArgs = (args, options) => {
      if (args.pagination !== null) return transformArgs(args, options);
      const { pagination: _null, ...rest } = args;
      return transformArgs(rest, options);
    };
    return builders;
  };
