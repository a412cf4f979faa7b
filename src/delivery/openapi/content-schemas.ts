import type { Core, UID } from '@strapi/strapi';

export type JsonSchema = Record<string, unknown>;
type Attribute = Record<string, unknown> & { type: string };
type Model = { attributes: Record<string, Attribute>; info: { displayName?: string; description?: string } };

const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] });
export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/** Schema names: Article, ClinicLocation, SharedFaqItem — as Strapi's generated types name them. */
export const schemaName = (uid: string) =>
  uid
    .replace(/^api::[^.]+\./, '')
    .replace(/^plugin::upload\.file$/, 'upload-file')
    .split(/[.\-_]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');

const SCALARS: Record<string, JsonSchema> = {
  string: { type: 'string' },
  text: { type: 'string' },
  richtext: { type: 'string' },
  uid: { type: 'string' },
  email: { type: 'string', format: 'email' },
  password: { type: 'string' },
  integer: { type: 'integer' },
  biginteger: { type: 'string' },
  float: { type: 'number' },
  decimal: { type: 'number' },
  boolean: { type: 'boolean' },
  date: { type: 'string', format: 'date' },
  datetime: { type: 'string', format: 'date-time' },
  time: { type: 'string' },
  json: {},
  blocks: { type: 'array', items: { type: 'object', required: ['type'], properties: { type: { type: 'string' } } } },
};

const attributeSchema = (attribute: Attribute): JsonSchema => {
  switch (attribute.type) {
    case 'enumeration':
      return nullable({ type: 'string', enum: attribute.enum as string[] });
    case 'component': {
      const component = ref(schemaName(attribute.component as string));
      return attribute.repeatable ? { type: 'array', items: component } : nullable(component);
    }
    case 'media':
      return attribute.multiple ? { type: 'array', items: ref('UploadFile') } : nullable(ref('UploadFile'));
    case 'relation': {
      const target = ref(schemaName(attribute.target as string));
      return String(attribute.relation).endsWith('Many') ? { type: 'array', items: target } : nullable(target);
    }
    default:
      return nullable(SCALARS[attribute.type] ?? {});
  }
};

const objectSchema = (model: Model, system: Record<string, JsonSchema>): JsonSchema => {
  const properties: Record<string, JsonSchema> = { ...system };
  for (const [name, attribute] of Object.entries(model.attributes)) {
    if (attribute.private || ['createdBy', 'updatedBy', 'localizations'].includes(name)) continue;
    properties[name] = attributeSchema(attribute);
  }
  return {
    type: 'object',
    description: model.info.description ?? model.info.displayName,
    properties,
    additionalProperties: false,
  };
};

const DOCUMENT_FIELDS: Record<string, JsonSchema> = {
  id: { type: 'integer' },
  documentId: { type: 'string' },
  createdAt: { type: 'string', format: 'date-time' },
  updatedAt: { type: 'string', format: 'date-time' },
  publishedAt: nullable({ type: 'string', format: 'date-time' }),
  locale: nullable({ type: 'string' }),
};

/** One stored copy of an image: Strapi's renditions and the WebP and AVIF copies made beside them. */
const IMAGE_FORMAT: JsonSchema = {
  type: 'object',
  properties: {
    url: { type: 'string' },
    width: { type: 'integer' },
    height: { type: 'integer' },
    mime: { type: 'string' },
    ext: { type: 'string' },
    size: { type: 'number', description: 'Kilobytes' },
  },
  required: ['url', 'width', 'height', 'mime'],
  additionalProperties: true,
};

const UPLOAD_FILE: JsonSchema = {
  type: 'object',
  properties: {
    ...DOCUMENT_FIELDS,
    name: { type: 'string' },
    alternativeText: nullable({ type: 'string' }),
    caption: nullable({ type: 'string' }),
    width: nullable({ type: 'integer' }),
    height: nullable({ type: 'integer' }),
    // Where the subject is, in percent from the top left: crops keep it in view (object-position).
    focalPoint: nullable({
      type: 'object',
      properties: { x: { type: 'number', minimum: 0, maximum: 100 }, y: { type: 'number', minimum: 0, maximum: 100 } },
      required: ['x', 'y'],
    }),
    formats: nullable({
      type: 'object',
      description:
        'Copies by name: thumbnail, small, medium and large in the original type, and <name>_webp and <name>_avif at the widths of small, medium, large and the original (full), where the image has them.',
      additionalProperties: IMAGE_FORMAT,
    }),
    url: { type: 'string' },
    mime: { type: 'string' },
    size: { type: 'number' },
  },
  additionalProperties: true,
};

/** JSON Schemas of the public content types and every component, read from the models themselves. */
export const contentSchemas = (strapi: Core.Strapi, uids: readonly UID.ContentType[]) => {
  const schemas: Record<string, JsonSchema> = { UploadFile: UPLOAD_FILE };
  for (const uid of uids) schemas[schemaName(uid)] = objectSchema(strapi.contentType(uid), DOCUMENT_FIELDS);
  for (const [uid, component] of Object.entries(strapi.components)) {
    schemas[schemaName(uid)] = objectSchema(component, { id: { type: 'integer' } });
  }
  return schemas;
};
