import { AsyncLocalStorage } from 'async_hooks';
import type { Core, Modules, UID } from '@strapi/strapi';
import { CONTENT_MODEL, entryOf } from '../../content-model/registry';
import { currentActor, type Actor } from '../../platform/actors/current-actor';
import { recordAudit } from '../audit/audit-log';
import { snapshotOf, snapshotsOf, type Snapshot } from './document-snapshot';

export const DOCUMENT_VERSION = 'api::document-version.document-version';

const VERSIONED_ACTIONS = new Set(['create', 'update', 'publish', 'unpublish', 'discardDraft', 'delete']);
const AUDITED_ACTIONS = new Set(['publish', 'unpublish', 'delete']);
const SCHEDULE_FIELDS = ['scheduledPublishAt', 'scheduledUnpublishAt'];

const restoring = new AsyncLocalStorage<number>();

/** Runs the write that brings version `versionId` back, so that history names it a restore. */
export const asRestoreOf = <T>(versionId: number, write: () => Promise<T>) => restoring.run(versionId, write);

const moment = (value: unknown) => (value ? new Date(String(value)).toISOString() : null);

/** Schedule changes the audit log records: which moment, from what to what. */
const scheduleChanges = (before: Snapshot | undefined, after: Snapshot | undefined) =>
  SCHEDULE_FIELDS.flatMap((field) => {
    const from = moment(before?.[field]);
    const to = moment(after?.[field]);
    return from === to ? [] : [{ field, from, to }];
  });

const titleOf = (snapshot: Snapshot | undefined) => {
  const title = snapshot?.title ?? snapshot?.name ?? snapshot?.slug;
  return typeof title === 'string' ? title : undefined;
};

type Version = { uid: string; documentId: string; action: string; snapshot: Snapshot; actor: Actor; restoredFrom?: number };

const writeVersion = (strapi: Core.Strapi, { uid, documentId, action, snapshot, actor, restoredFrom }: Version) =>
  strapi.db.query(DOCUMENT_VERSION).create({
    data: {
      targetUid: uid,
      targetDocumentId: documentId,
      action,
      by: actor.by.slice(0, 300),
      actorKind: actor.kind,
      actorId: actor.id ?? null,
      source: actor.source,
      restoredFrom: restoredFrom ?? null,
      snapshot,
    },
  });

const RESTORE_BATCH = 200;

/**
 * A backup restore writes rows under the Document Service, so it leaves its own mark here: one
 * version per document of the content model, as the backup brought it back, by the restore.
 */
export const recordRestoredDocuments = async (strapi: Core.Strapi, actor: Actor) => {
  let recorded = 0;
  for (const { uid } of CONTENT_MODEL) {
    const ids = (await strapi.db.query(uid).findMany({ select: ['documentId'] })).map((row: { documentId: string }) => row.documentId);
    const documentIds = [...new Set<string>(ids)];
    for (let start = 0; start < documentIds.length; start += RESTORE_BATCH) {
      const snapshots = await snapshotsOf(strapi, uid, documentIds.slice(start, start + RESTORE_BATCH));
      for (const [documentId, snapshot] of snapshots) {
        await writeVersion(strapi, { uid, documentId, action: 'restore-backup', snapshot, actor });
        recorded += 1;
      }
    }
  }
  return recorded;
};

/**
 * Every write to a document of the content model leaves a version: the document as the write
 * left it (as it was, for a delete), who made it (panel user, API token, site user or server
 * job) and the action. Publishing, unpublishing, deleting and schedule changes also go to the
 * audit log. Both are written in the write's transaction: a write that fails leaves neither.
 */
export const recordHistory =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (!VERSIONED_ACTIONS.has(context.action) || !entryOf(context.uid)) return next();
    const uid = context.uid as UID.ContentType;
    const { action } = context;
    const params = context.params as { documentId?: string };

    return strapi.db.transaction(async () => {
      // What the document was: the version a delete leaves, and the schedule an update sends.
      const data = (context.params as { data?: Record<string, unknown> }).data ?? {};
      const sendsSchedule = SCHEDULE_FIELDS.some((field) => field in data);
      const readsBefore = action === 'delete' || (action === 'update' && sendsSchedule);
      const before = params.documentId && readsBefore ? await snapshotOf(strapi, uid, params.documentId) : undefined;
      const result = await next();
      const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      const after = action === 'delete' || !documentId ? undefined : await snapshotOf(strapi, uid, documentId);
      const snapshot = after ?? before;
      if (!documentId || !snapshot) return result;

      const actor = currentActor(strapi);
      const restoredFrom = restoring.getStore();
      await writeVersion(strapi, { uid, documentId, action: restoredFrom ? 'restore' : action, snapshot, actor, restoredFrom });
      const title = titleOf(snapshot);
      if (AUDITED_ACTIONS.has(action)) {
        await recordAudit(strapi, { action: action as 'publish' | 'unpublish' | 'delete', uid, documentId, detail: { title }, actor });
      }
      if (action === 'create' || action === 'update') {
        for (const change of scheduleChanges(before, after)) {
          await recordAudit(strapi, { action: 'schedule', uid, documentId, detail: { title, ...change }, actor });
        }
      }
      return result;
    });
  };
