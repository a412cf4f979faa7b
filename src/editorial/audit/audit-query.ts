import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { pageMeta, readPage } from '../../delivery/pagination';
import { AUDIT_ENTRY } from './audit-log';
import { AUDITED_ACTIONS } from './audited-actions';

type AuditRow = {
  id: number;
  action: string;
  at: string;
  targetUid: string | null;
  targetDocumentId: string | null;
  by: string;
  actorKind: string;
  source: string;
  detail: Record<string, unknown> | null;
};

const FILTERS = ['action', 'uid', 'documentId', 'by', 'from', 'to'];
const KNOWN = new Set([...FILTERS, 'page', 'pageSize', 'pagination']);
const MAX_EXPORTED = 100_000;

const text = (query: Record<string, unknown>, name: string) => {
  const value = query[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || value.length > 200)
    throw new errors.ValidationError(`"${name}" must be one text value of at most 200 characters.`);
  return value;
};

const moment = (query: Record<string, unknown>, name: string) => {
  const value = text(query, name);
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new errors.ValidationError(`"${name}" must be a date or a date and time (ISO 8601), like 2026-12-03.`);
  return new Date(time);
};

/** The database filter for the audit page's filters, each checked: a wrong one is a 400 naming it. */
export const auditFilter = (query: Record<string, unknown>) => {
  const unknown = Object.keys(query).filter((key) => !KNOWN.has(key));
  if (unknown.length > 0)
    throw new errors.ValidationError(`Unknown parameter(s): ${unknown.join(', ')}. Filters are ${FILTERS.join(', ')}.`);
  const actions = text(query, 'action')?.split(',');
  const unknownActions = actions?.filter((action) => !(AUDITED_ACTIONS as readonly string[]).includes(action)) ?? [];
  if (unknownActions.length > 0) {
    throw new errors.ValidationError(`"action" must be one or more of ${AUDITED_ACTIONS.join(', ')} (got ${unknownActions.join(', ')}).`);
  }
  const [uid, documentId, by, from, to] = [
    text(query, 'uid'),
    text(query, 'documentId'),
    text(query, 'by'),
    moment(query, 'from'),
    moment(query, 'to'),
  ];
  return {
    ...(actions ? { action: { $in: actions } } : {}),
    ...(uid ? { targetUid: uid } : {}),
    ...(documentId ? { targetDocumentId: documentId } : {}),
    ...(by ? { by: { $containsi: by } } : {}),
    ...(from || to ? { at: { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) } } : {}),
  };
};

const asEntry = (row: AuditRow) => ({
  id: row.id,
  action: row.action,
  uid: row.targetUid,
  documentId: row.targetDocumentId,
  by: row.by,
  actorKind: row.actorKind,
  source: row.source,
  at: new Date(row.at).toISOString(),
  detail: row.detail,
});
export type AuditEntry = ReturnType<typeof asEntry>;

const ORDER = [{ at: 'desc' as const }, { id: 'desc' as const }];

/** One page of the audit log, newest first, filtered. */
export const auditEntries = async (strapi: Core.Strapi, query: Record<string, unknown>) => {
  const where = auditFilter(query);
  const page = readPage(query, 500, 50);
  const [rows, total] = await Promise.all([
    strapi.db.query(AUDIT_ENTRY).findMany({ where, orderBy: ORDER, offset: page.start, limit: page.pageSize }) as Promise<AuditRow[]>,
    strapi.db.query(AUDIT_ENTRY).count({ where }),
  ]);
  return { data: rows.map(asEntry), meta: { pagination: pageMeta(page, total) } };
};

// A cell a spreadsheet would run as a formula ("=HYPERLINK(...)") is kept as text.
const cell = (value: unknown) => {
  const written = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  const safe = /^[=+\-@\t\r]/.test(written) ? `'${written}` : written;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

const COLUMNS = ['at', 'action', 'by', 'actorKind', 'source', 'uid', 'documentId', 'detail'] as const;

/** The filtered audit log as CSV (RFC 4180), newest first, up to 100,000 entries. */
export const auditCsv = async (strapi: Core.Strapi, query: Record<string, unknown>) => {
  const where = auditFilter(query);
  const rows = (await strapi.db.query(AUDIT_ENTRY).findMany({ where, orderBy: ORDER, limit: MAX_EXPORTED })) as AuditRow[];
  const lines = rows.map(asEntry).map((entry) => COLUMNS.map((column) => cell(entry[column])).join(','));
  return [COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
};
