import type { Core } from '@strapi/strapi';
import { isConnectionError } from './connection-errors';

const INSTALLED = Symbol.for('wellness-cms.unawaited-connection-errors');
type Marked = NodeJS.Process & { [INSTALLED]?: { strapi: Core.Strapi } };

/**
 * After each commit Strapi reads the written entry back for its webhooks and events without
 * awaiting it (document-service/events.js). When the database goes away at that moment the
 * read is rejected with nobody listening, and Node ends the process: one outage would take
 * every instance down with it. Such a rejection is logged instead; any other one still ends
 * the process, as Node would.
 */
export const surviveUnawaitedConnectionErrors = (strapi: Core.Strapi) => {
  const marked = process as Marked;
  // Once per process: tests and scripts boot the app several times in one.
  if (marked[INSTALLED]) {
    marked[INSTALLED].strapi = strapi;
    return;
  }
  const current = { strapi };
  marked[INSTALLED] = current;
  process.on('unhandledRejection', (reason) => {
    if (!isConnectionError(reason)) throw reason;
    current.strapi.log.warn(`A database call nobody awaited failed, the database being unreachable: ${(reason as Error).message}`);
  });
};
