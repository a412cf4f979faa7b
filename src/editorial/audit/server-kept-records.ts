import type { Modules } from '@strapi/strapi';
import { ForbiddenWithMessage } from '../../platform/errors/forbidden-with-message';
import { DOCUMENT_VERSION } from '../history/record-history';
import { AUDIT_ENTRY } from './audit-log';

const KEPT_BY_THE_SERVER = new Set<string>([AUDIT_ENTRY, DOCUMENT_VERSION]);
const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

/**
 * The audit log and document versions are written by the server as writes happen, never through
 * the Document Service: a write to them there (the Content Manager's API, a plugin, a script) is
 * someone trying to make or change a record, and is refused.
 */
export const refuseWritesToRecords: Modules.Documents.Middleware.Middleware = async (context, next) => {
  if (KEPT_BY_THE_SERVER.has(context.uid) && !READS.has(context.action)) {
    throw new ForbiddenWithMessage('The audit log and document history are kept by the server: nobody writes to them.');
  }
  return next();
};
