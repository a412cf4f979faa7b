import type { Core } from '@strapi/strapi';
import { modelOf, targetOf, type Model } from '../../content-model/query-validation/models';
import { assertRunnableQuery } from '../../content-model/query-validation/refuse-unrunnable-queries';

type Args = Record<string, unknown>;
type TransformArgs = (args: Args, options: { contentType: Model }) => Args;
type Resolver = (parent: unknown, args: Args, context: unknown, info: unknown) => unknown;
type NestedBuilder = (options: { contentTypeUID: string; attributeName: string }) => Resolver;
type Builders = { buildAssociationResolver: NestedBuilder; buildComponentResolver: NestedBuilder };
type BuildersService = { utils: { transformArgs: TransformArgs }; new: (name: string, registry: unknown) => Builders };
type BuildersFactory = (context: { strapi: Core.Strapi }) => BuildersService;

/**
 * The plugin reads `pagination` with a default of {} for a missing argument, but an explicit
 * `pagination: null` (a literal, or a variable sent as null) reached its pagination helper as
 * null and threw "Cannot read properties of null (reading 'page')" on every list, relation
 * and component. Null now means "not given", as it already does for filters and sort.
 */
const withoutNullPagination = (args: Args) => {
  if (args.pagination !== null) return args;
  const { pagination: _null, ...rest } = args;
  return rest;
};

/**
 * A relation or component below another entry is loaded as a populate, which the database can
 * only sort by the loaded model's own fields: `topics(sort: "articles.title")` built broken SQL
 * (an internal error carrying that SQL). The loaded model is the attribute's target.
 */
const checkNestedSort =
  (strapi: Core.Strapi, build: NestedBuilder): NestedBuilder =>
  (options) => {
    const resolve = build(options);
    const model = modelOf(strapi, options.contentTypeUID);
    const target = model && targetOf(model, options.attributeName, (uid) => modelOf(strapi, uid));
    return (parent, args, context, info) => {
      if (target) assertRunnableQuery(strapi, target, { sort: args.sort }, true);
      return resolve(parent, args, context, info);
    };
  };

/**
 * Every GraphQL list, root or nested, turns its arguments into a Strapi query here. Nested
 * relations and components are loaded straight from the database, past the Document Service
 * check, so filters the database cannot run (an operator like "and" on a single field, which
 * the schema offers) are checked here too, and become a user error instead of an internal one.
 */
export const guardGraphqlBuilders =
  (factory: BuildersFactory): BuildersFactory =>
  (context) => {
    const builders = factory(context);
    const { transformArgs } = builders.utils;
    builders.utils.transformArgs = (args, options) => {
      const query = transformArgs(withoutNullPagination(args), options);
      assertRunnableQuery(context.strapi, options.contentType, query);
      return query;
    };
    const create = builders.new.bind(builders);
    builders.new = (name, registry) => {
      const created = create(name, registry);
      created.buildAssociationResolver = checkNestedSort(context.strapi, created.buildAssociationResolver);
      created.buildComponentResolver = checkNestedSort(context.strapi, created.buildComponentResolver);
      return created;
    };
    return builders;
  };
