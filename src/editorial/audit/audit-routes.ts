import type { Core } from '@strapi/strapi';
import { adminRoute, requireSuperAdmin } from '../tools/editorial-route';
import { auditCsv, auditEntries } from './audit-query';

/** The audit log for super admins: a filtered page as JSON, or everything filtered as CSV. Nothing writes to it. */
export const auditRoutes = (strapi: Core.Strapi) => [
  adminRoute('GET', '/audit', requireSuperAdmin, async (ctx) => {
    ctx.body = await auditEntries(strapi, ctx.query);
  }),
  adminRoute('GET', '/audit/export.csv', requireSuperAdmin, async (ctx) => {
    const csv = await auditCsv(strapi, ctx.query);
    ctx.type = 'text/csv; charset=utf-8';
    ctx.set('Content-Disposition', `attachment; filename="audit-log-${new Date().toISOString().slice(0, 10)}.csv"`);
    ctx.body = csv;
  }),
];
