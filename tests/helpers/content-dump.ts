import crypto from 'crypto';
import fs from 'fs';
import path from 'path';
import type { Core, UID } from '@strapi/strapi';

type Attribute = { type: string; target?: string; component?: string; components?: string[] };
type Populate = Record<string, unknown>;

/**
 * Everything an attribute list holds, to the bottom: relations as their documentIds, media in
 * full, components with their own relations, media and components. Links to panel users
 * (createdBy, updatedBy) are left out, since backups leave those users out by design.
 */
const populateOf = (strapi: Core.Strapi, attributes: Record<string, Attribute>): Populate => {
  const populate: Populate = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.type === 'relation' && !attribute.target?.startsWith('admin::')) populate[name] = { fields: ['documentId'] };
    if (attribute.type === 'media') populate[name] = true;
    if (attribute.type === 'component') {
      populate[name] = {
        populate: populateOf(strapi, strapi.components[attribute.component as UID.Component].attributes as Record<string, Attribute>),
      };
    }
    if (attribute.type === 'dynamiczone')
      populate[name] = { on: Object.fromEntries((attribute.components ?? []).map((uid) => [uid, { populate: '*' }])) };
  }
  return populate;
};

/** Row ids are the database's business and change on a restore; documentIds are what must not. */
const withoutRowIds = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutRowIds);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'id')
      .map(([key, inner]) => [key, withoutRowIds(inner)])
  );
};

// Kept out of backups by design: the audit log is append-only and each database's own.
const NOT_BACKED_UP = new Set(['api::audit-entry.audit-entry']);
// Server records have no documentId of their own: ordered by what they describe and when.
const ORDER: Record<string, string[]> = { 'api::document-version.document-version': ['createdAt', 'targetDocumentId', 'action'] };

/** Every document of every api:: type a backup holds, in each of its versions (draft and published), in full. */
export const dumpDocuments = async (strapi: Core.Strapi) => {
  const dump: Record<string, unknown[]> = {};
  for (const uid of Object.keys(strapi.contentTypes)
    .filter((name) => name.startsWith('api::') && !NOT_BACKED_UP.has(name))
    .sort() as UID.ContentType[]) {
    const contentType = strapi.contentTypes[uid];
    const populate = populateOf(strapi, contentType.attributes as Record<string, Attribute>);
    for (const status of contentType.options?.draftAndPublish ? (['draft', 'published'] as const) : (['published'] as const)) {
      const documents = await strapi.documents(uid).findMany({ status, populate, sort: ORDER[uid] ?? 'documentId' } as never);
      dump[`${uid} ${status}`] = withoutRowIds(documents) as unknown[];
    }
  }
  return dump;
};

/** The media library's rows, as stored. */
export const dumpUploadRows = async (strapi: Core.Strapi) =>
  withoutRowIds(await strapi.db.query('plugin::upload.file').findMany({ orderBy: { documentId: 'asc' } }));

/** Every file under <public>/uploads with a hash of its bytes. */
export const dumpUploadedFiles = (publicDir: string) => {
  const uploads = path.join(publicDir, 'uploads');
  return Object.fromEntries(
    fs
      .readdirSync(uploads)
      .filter((name) => name !== '.gitkeep')
      .sort()
      .map((name) => [
        name,
        crypto
          .createHash('sha256')
          .update(fs.readFileSync(path.join(uploads, name)))
          .digest('hex'),
      ])
  );
};

// Every start of the app writes the upload plugin's bookkeeping (metrics schedule, a notice
// shown) in the core store, so its row count says nothing about what a command did.
const BOOT_WRITTEN = new Set(['strapi_core_store_settings']);

/** How many rows each table Strapi manages holds: a write a command made would show here. */
export const countRows = async (strapi: Core.Strapi) => {
  const counts: Record<string, number> = {};
  const tables = new Set([...strapi.db.metadata.values()].flatMap((meta) => [meta.tableName, ...joinTablesOf(meta)]));
  for (const table of [...tables].filter((name) => !BOOT_WRITTEN.has(name)).sort()) {
    const [row] = await strapi.db.connection(table).count({ count: '*' });
    counts[table] = Number(row.count);
  }
  return counts;
};

const joinTablesOf = (meta: { attributes: object }) =>
  Object.values(meta.attributes as Record<string, { joinTable?: { name: string } }>).flatMap((attribute) =>
    attribute.joinTable ? [attribute.joinTable.name] : []
  );
