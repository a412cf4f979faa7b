import type { Core, Modules } from '@strapi/strapi';
import { modelOf, type Model } from './models';
import { checkQuery } from './selection-shape';

/**
 * Throws the 400 of an invalid key when the database could not run this query on `model`;
 * `populated` when the query loads a relation or component below another entry.
 */
export const assertRunnableQuery = (strapi: Core.Strapi, model: Model, params: Record<string, unknown>, populated = false) => {
  checkQuery(model, params, (uid) => modelOf(strapi, uid), '', populated);
};

/**
 * Queries Strapi's validation lets through but its database layer cannot run: operators mixed
 * with fields under a relation, $not or $and of the wrong shape, operators on operators,
 * documentId under a component (which has no such column). Each came back as a 500; here,
 * below REST, GraphQL and custom controllers alike, they get the 400 an invalid key gets.
 */
export const refuseUnrunnableQueries =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    assertRunnableQuery(strapi, context.contentType, (context.params ?? {}) as Record<string, unknown>);
    return next();
  };
