import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { documentsOf } from '../../content-model/documents';
import { recordAudit } from '../audit/audit-log';
import { isTypedField } from '../roles';
import type { Snapshot } from './document-snapshot';
import { asRestoreOf, DOCUMENT_VERSION } from './record-history';
import { versionChanges } from './version-changes';

type Attribute = { type: string; target?: string; component?: string; repeatable?: boolean; private?: boolean };
type Schema = { attributes: Record<string, Attribute> };
type VersionRow = {
  id: number;
  action: string;
  createdAt: string;
  by: string;
  actorKind: string;
  source: string;
  restoredFrom: number | null;
};
type StoredVersion = VersionRow & { snapshot: Snapshot };

const LISTED = ['id', 'action', 'createdAt', 'by', 'actorKind', 'source', 'restoredFrom'];
// A restore brings back what people wrote; when a document is scheduled stays as it is now.
const KEPT_AS_THEY_ARE = new Set(['scheduledPublishAt', 'scheduledUnpublishAt']);

const versionsOf = (strapi: Core.Strapi, uid: UID.ContentType, documentId: string) =>
  strapi.db.query(DOCUMENT_VERSION).findMany({
    where: { targetUid: uid, targetDocumentId: documentId },
    select: LISTED,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  }) as Promise<VersionRow[]>;

/** A document's versions, newest first: which action, when, by whom, through which way in. */
export const documentHistory = async (strapi: Core.Strapi, uid: UID.ContentType, documentId: string) => versionsOf(strapi, uid, documentId);

const storedVersion = async (strapi: Core.Strapi, uid: UID.ContentType, documentId: string, versionId: number) =>
  (await strapi.db.query(DOCUMENT_VERSION).findOne({
    where: { id: versionId, targetUid: uid, targetDocumentId: documentId },
    select: [...LISTED, 'snapshot'],
  })) as StoredVersion | null;

const notFound = () => new errors.NotFoundError('This document has no version with this id.');

/** One version with what it changed against the version before it, field by field. */
export const documentVersion = async (strapi: Core.Strapi, uid: UID.ContentType, documentId: string, versionId: number) => {
  const version = await storedVersion(strapi, uid, documentId, versionId);
  if (!version) throw notFound();
  const previous = (await strapi.db.query(DOCUMENT_VERSION).findOne({
    where: { targetUid: uid, targetDocumentId: documentId, id: { $lt: versionId } },
    select: ['id', 'snapshot'],
    orderBy: { id: 'desc' },
  })) as { id: number; snapshot: Snapshot } | null;
  const { snapshot, ...listed } = version;
  return {
    ...listed,
    snapshot,
    comparedWith: previous?.id ?? null,
    changes: versionChanges(strapi, uid, previous?.snapshot ?? null, snapshot),
  };
};

const existing = async (strapi: Core.Strapi, uid: string, key: 'documentId' | 'id', values: Array<string | number>) => {
  if (values.length === 0) return new Set<string | number>();
  const rows: Array<Record<string, string | number>> = await strapi.db.query(uid as UID.Schema).findMany({
    where: { [key]: { $in: values } },
    select: [key],
  });
  return new Set(rows.map((row) => row[key]));
};

/** A version's value as a write takes it: linked documents by documentId, files by id, leaving out what no longer exists. */
const writable = async (strapi: Core.Strapi, attribute: Attribute, value: unknown): Promise<unknown> => {
  if (value === null || value === undefined) return null;
  const items = (Array.isArray(value) ? value : [value]) as Array<Record<string, unknown>>;
  if (attribute.type === 'relation') {
    const ids = items.map((item) => String(item.documentId));
    const found = await existing(strapi, attribute.target as string, 'documentId', ids);
    const kept = ids.filter((id) => found.has(id));
    return Array.isArray(value) ? kept : (kept[0] ?? null);
  }
  if (attribute.type === 'media') {
    const ids = items.map((item) => Number(item.id));
    const found = await existing(strapi, 'plugin::upload.file', 'id', ids);
    const kept = ids.filter((id) => found.has(id));
    return Array.isArray(value) ? kept : (kept[0] ?? null);
  }
  if (attribute.type === 'component') {
    const schema = strapi.components[attribute.component as UID.Component] as Schema;
    const components = await Promise.all(items.map((item) => writableFields(strapi, schema, item)));
    return Array.isArray(value) ? components : components[0];
  }
  return value;
};

const writableFields = async (strapi: Core.Strapi, schema: Schema, snapshot: Snapshot) => {
  const entries = await Promise.all(
    Object.entries(schema.attributes)
      .filter(([name]) => name in snapshot)
      .map(async ([name, attribute]) => [name, await writable(strapi, attribute, snapshot[name])] as const)
  );
  return Object.fromEntries(entries);
};

/** The fields of a version a restore writes: what people type, never a sign-off, a server-kept field or a private one. */
const restorableFields = async (strapi: Core.Strapi, uid: UID.ContentType, snapshot: Snapshot) => {
  const schema = strapi.getModel(uid) as Schema;
  const restorable = Object.fromEntries(
    Object.entries(schema.attributes).filter(
      ([name, attribute]) => !attribute.private && isTypedField(name) && !KEPT_AS_THEY_ARE.has(name) && name in snapshot
    )
  );
  return writableFields(strapi, { attributes: restorable }, snapshot);
};

/**
 * Makes a version the document's draft (a type without drafts: its one version); what is
 * published stays until someone publishes again. `limitTo` leaves out the fields the person
 * restoring may not edit (their role's field permissions). The write is recorded as a
 * restore in the history and the audit log.
 */
export const restoreVersion = async (
  strapi: Core.Strapi,
  uid: UID.ContentType,
  documentId: string,
  versionId: number,
  limitTo: (data: Record<string, unknown>) => Promise<Record<string, unknown>> = async (data) => data
) => {
  const version = await storedVersion(strapi, uid, documentId, versionId);
  if (!version) throw notFound();
  const data = await limitTo(await restorableFields(strapi, uid, version.snapshot));
  const hasDrafts = Boolean(strapi.contentType(uid).options?.draftAndPublish);
  return strapi.db.transaction(async () => {
    const written = await asRestoreOf(versionId, () =>
      documentsOf(strapi, uid).update({ documentId, data, ...(hasDrafts ? { status: 'draft' as const } : {}) })
    );
    if (!written) throw new errors.NotFoundError('This document no longer exists; its versions are kept for the record.');
    await recordAudit(strapi, { action: 'restore-version', uid, documentId, detail: { versionId, fields: Object.keys(data) } });
    return { documentId, restoredFrom: versionId, fields: Object.keys(data) };
  });
};

/** Deletes versions older than HISTORY_RETENTION_DAYS; unlimited (nothing deleted) when unset. */
export const pruneHistory = async (strapi: Core.Strapi, now = new Date()) => {
  const days = strapi.config.get('editorial.history.retentionDays') as number | null | undefined;
  if (!days || days <= 0) return 0;
  const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  const { count } = await strapi.db.query(DOCUMENT_VERSION).deleteMany({ where: { createdAt: { $lt: cutoff } } });
  return count;
};
