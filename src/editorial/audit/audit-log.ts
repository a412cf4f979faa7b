import type { Core } from '@strapi/strapi';
import { currentActor, type Actor } from '../../platform/actors/current-actor';
import type { AuditedAction } from './audited-actions';

export const AUDIT_ENTRY = 'api::audit-entry.audit-entry';

export type AuditEvent = {
  action: AuditedAction;
  uid?: string;
  documentId?: string;
  detail?: Record<string, unknown>;
  /** Who, when the event names them itself (a sign-in has no signed-in user yet). */
  actor?: Actor;
};

/**
 * Appends one entry to the audit log, in the caller's transaction when there is one, so an
 * event is recorded exactly when what it records is. Rows are never updated or deleted: the
 * database refuses it (append-only.ts).
 */
export const recordAudit = async (strapi: Core.Strapi, { action, uid, documentId, detail, actor = currentActor(strapi) }: AuditEvent) => {
  await strapi.db.query(AUDIT_ENTRY).create({
    data: {
      action,
      at: new Date(),
      targetUid: uid ?? null,
      targetDocumentId: documentId ?? null,
      by: actor.by.slice(0, 300),
      actorKind: actor.kind,
      actorId: actor.id ?? null,
      source: actor.source,
      detail: detail ?? null,
    },
  });
};
