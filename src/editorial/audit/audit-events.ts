import type { Core } from '@strapi/strapi';
import type { Actor } from '../../platform/actors/current-actor';
import { recordAudit, type AuditEvent } from './audit-log';

type Role = { id?: number; name?: string; code?: string };
type Person = { id?: number; firstname?: string | null; lastname?: string | null; email?: string };
type Token = { id?: number; name?: string; type?: string; description?: string };

// An event the log could not take is logged, never thrown at the sign-in or save that caused it.
const record = async (strapi: Core.Strapi, event: AuditEvent): Promise<void> => {
  try {
    await recordAudit(strapi, event);
  } catch (error) {
    strapi.log.error(`Audit entry "${event.action}" could not be written: ${(error as Error).message}`);
  }
};

const roleDetail = (role: Role | undefined, scope: string) => ({ role: role?.name ?? null, code: role?.code ?? null, scope });

// One entry per request that changes permissions: saving a role's page writes dozens of rows.
const permissionRequests = new WeakSet<object>();

/**
 * What the admin panel does to access, written to the audit log as it happens: sign-ins and
 * failed sign-ins, roles and their permissions (panel and site users), API and transfer tokens.
 * Permission rows the server sets itself at start-up are not events anyone did.
 */
export const auditAccessChanges = (strapi: Core.Strapi) => {
  const { eventHub } = strapi;

  eventHub.on('admin.auth.success', ({ user, provider }: { user: Person; provider: string }) => {
    const name = [user.firstname, user.lastname].filter(Boolean).join(' ');
    const actor: Actor = {
      kind: 'admin',
      id: String(user.id),
      by: name ? `${name} <${user.email}>` : String(user.email),
      source: 'admin panel',
    };
    return record(strapi, { action: 'admin-sign-in', actor, detail: { provider } });
  });
  eventHub.on('admin.auth.error', ({ error, provider }: { error?: Error; provider: string }) => {
    const ctx = strapi.requestContext.get();
    const body = (ctx?.request as { body?: { email?: unknown } } | undefined)?.body;
    const email = typeof body?.email === 'string' ? body.email.slice(0, 200) : 'unknown';
    const actor: Actor = { kind: 'public', by: email, source: 'admin panel' };
    return record(strapi, {
      action: 'admin-sign-in-failed',
      actor,
      detail: { provider, reason: error?.message ?? null, ip: ctx?.request.ip ?? null },
    });
  });

  for (const [event, action] of [
    ['role.create', 'role-create'],
    ['role.update', 'role-update'],
    ['role.delete', 'role-delete'],
  ] as const) {
    eventHub.on(event, ({ role }: { role?: Role }) => record(strapi, { action, detail: roleDetail(role, 'admin panel') }));
  }
  for (const event of ['permission.create', 'permission.update', 'permission.delete']) {
    eventHub.on(event, () => recordPermissionRequest(strapi, 'admin panel'));
  }

  strapi.db.lifecycles.subscribe({
    models: ['admin::api-token', 'admin::transfer-token'],
    afterCreate: async ({ model, result }) => {
      const token = (result ?? {}) as Token;
      const action = model.uid === 'admin::api-token' ? 'api-token-create' : 'transfer-token-create';
      await record(strapi, { action, detail: { name: token.name ?? null, type: token.type ?? null, tokenId: token.id ?? null } });
    },
  });
  strapi.db.lifecycles.subscribe({
    models: ['plugin::users-permissions.role'],
    afterCreate: ({ result }) => record(strapi, { action: 'role-create', detail: roleDetail(result as Role, 'site users') }),
    afterUpdate: ({ result }) => record(strapi, { action: 'role-update', detail: roleDetail(result as Role, 'site users') }),
    afterDelete: ({ result }) => record(strapi, { action: 'role-delete', detail: roleDetail(result as Role, 'site users') }),
  });
  strapi.db.lifecycles.subscribe({
    models: ['plugin::users-permissions.permission'],
    afterCreate: () => recordPermissionRequest(strapi, 'site users'),
    afterDelete: () => recordPermissionRequest(strapi, 'site users'),
    afterDeleteMany: () => recordPermissionRequest(strapi, 'site users'),
  });
};

const recordPermissionRequest = async (strapi: Core.Strapi, scope: string) => {
  const ctx = strapi.requestContext.get();
  if (!ctx || permissionRequests.has(ctx)) return;
  permissionRequests.add(ctx);
  await record(strapi, { action: 'permissions-update', detail: { scope, request: `${ctx.request.method} ${ctx.request.path}` } });
};
