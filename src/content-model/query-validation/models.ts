import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';

type Attribute = { type: string; target?: string; component?: string };
export type Model = { modelType?: string; attributes: Record<string, Attribute> };
/** Finds a content type or component by uid (strapi.getModel). */
export type Lookup = (uid: string) => Model | undefined;

export const DOCUMENT_ID = 'documentId';

/**
 * A content type or component by a uid known only at run time (a relation's target, a GraphQL
 * builder's argument), as the query checks read it: the one place that meets Strapi's per-uid
 * model types.
 */
export const modelOf = (strapi: Core.Strapi, uid: string): Model | undefined => strapi.getModel(uid as UID.Schema);

/**
 * A model's own attribute of that name. Strapi looks names up as `attributes[name]`, so
 * "__proto__" or "constructor" found Object.prototype's members and passed as attributes.
 */
export const attributeOf = (model: Model, key: string): Attribute | undefined =>
  Object.hasOwn(model.attributes, key) ? model.attributes[key] : undefined;

/** A name only Object.prototype answers to: never a field, whatever Strapi's lookup finds. */
export const isInheritedName = (name: string) => name in Object.prototype;

/** The model a relation, media field or component attribute leads to, if any. */
export const targetOf = (model: Model, key: string, lookup: Lookup) => {
  const attribute = attributeOf(model, key);
  if (!attribute) return undefined;
  const uid = attribute.target ?? attribute.component ?? (attribute.type === 'media' ? 'plugin::upload.file' : undefined);
  return uid ? lookup(uid) : undefined;
};

export const isComponent = (model: Model) => model.modelType === 'component';
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The 400 a query gets when the database could not run it; `path` says where, as Strapi's own errors do. */
export const refuse = (path: string, problem: string): never => {
  throw new errors.ValidationError(`Invalid query at ${path.replace(/^\./, '') || 'root'}: ${problem}`);
};
