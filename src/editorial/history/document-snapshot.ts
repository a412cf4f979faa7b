import type { Core, UID } from '@strapi/strapi';

type Attribute = { type: string; target?: string; component?: string; repeatable?: boolean; private?: boolean; multiple?: boolean };
type Schema = { attributes: Record<string, Attribute> };
type Row = Record<string, unknown>;

/** A linked document as a version keeps it: enough to link it again, and a name to show. */
export type LinkedDocument = { documentId: string; label: string };
/** A media file as a version keeps it. */
export type LinkedFile = { id: number; name: string };
/** A document's fields as one write left them: relations by documentId, components without row ids. */
export type Snapshot = Record<string, unknown>;

// Kept by Strapi itself, or the document's identity: a version describes the content, not the row.
const ROW_FIELDS = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'locale',
  'localizations',
  'createdBy',
  'updatedBy',
]);
const LABEL_FIELDS = ['title', 'name', 'slug'];

const isKept = (name: string, attribute: Attribute) =>
  !ROW_FIELDS.has(name) && !(attribute.type === 'relation' && attribute.target?.startsWith('admin::'));

const labelFieldOf = (strapi: Core.Strapi, uid: string) =>
  LABEL_FIELDS.find((field) => field in (strapi.getModel(uid as UID.Schema) as Schema).attributes) ?? 'documentId';

/** The populate tree that reads everything a version keeps, components and their media included. */
const populateOf = (strapi: Core.Strapi, schema: Schema): Row =>
  Object.fromEntries(
    Object.entries(schema.attributes)
      .filter(([name, attribute]) => isKept(name, attribute))
      .flatMap(([name, attribute]): Array<[string, unknown]> => {
        if (attribute.type === 'component') {
          return [[name, { populate: populateOf(strapi, strapi.components[attribute.component as UID.Component] as Schema) }]];
        }
        if (attribute.type === 'relation' && attribute.target) {
          return [[name, { select: ['documentId', labelFieldOf(strapi, attribute.target)] }]];
        }
        if (attribute.type === 'media') return [[name, { select: ['id', 'name'] }]];
        return [];
      })
  );

const many = (value: unknown): Row[] => (Array.isArray(value) ? value : value ? [value as Row] : []);

const keptValue = (strapi: Core.Strapi, attribute: Attribute, value: unknown): unknown => {
  if (value === undefined || value === null) return null;
  if (attribute.type === 'component') {
    const schema = strapi.components[attribute.component as UID.Component] as Schema;
    const components = many(value).map((component) => keptFields(strapi, schema, component));
    return attribute.repeatable ? components : (components[0] ?? null);
  }
  if (attribute.type === 'relation') {
    const label = labelFieldOf(strapi, attribute.target as string);
    const linked = many(value).map(
      (row): LinkedDocument => ({ documentId: String(row.documentId), label: String(row[label] ?? row.documentId) })
    );
    return Array.isArray(value) ? linked : (linked[0] ?? null);
  }
  if (attribute.type === 'media') {
    const files = many(value).map((row): LinkedFile => ({ id: Number(row.id), name: String(row.name) }));
    return Array.isArray(value) ? files : (files[0] ?? null);
  }
  return value;
};

const keptFields = (strapi: Core.Strapi, schema: Schema, row: Row): Snapshot =>
  Object.fromEntries(
    Object.entries(schema.attributes)
      .filter(([name, attribute]) => isKept(name, attribute))
      .map(([name, attribute]) => [name, keptValue(strapi, attribute, row[name])])
  );

/** The drafts (or only versions) of these documents as versions keep them, by documentId, in one query. */
export const snapshotsOf = async (strapi: Core.Strapi, uid: UID.ContentType, documentIds: string[]) => {
  const schema = strapi.getModel(uid) as Schema;
  const hasDrafts = Boolean(strapi.contentType(uid).options?.draftAndPublish);
  const rows: Row[] = await strapi.db.query(uid).findMany({
    where: { documentId: { $in: documentIds }, ...(hasDrafts ? { publishedAt: null } : {}) },
    populate: populateOf(strapi, schema),
  });
  return new Map(rows.map((row) => [String(row.documentId), keptFields(strapi, schema, row)]));
};

/**
 * The document's draft (or, for a type without drafts, its one version) as a version keeps it,
 * read straight from the rows: the Document Service would run every middleware again. Undefined
 * when the document does not exist.
 */
export const snapshotOf = async (strapi: Core.Strapi, uid: UID.ContentType, documentId: string, published = false) => {
  const schema = strapi.getModel(uid) as Schema;
  const hasDrafts = Boolean(strapi.contentType(uid).options?.draftAndPublish);
  const row: Row | null = await strapi.db.query(uid).findOne({
    where: { documentId, ...(hasDrafts ? { publishedAt: published ? { $notNull: true } : null } : {}) },
    populate: populateOf(strapi, schema),
  });
  return row ? keptFields(strapi, schema, row) : undefined;
};
