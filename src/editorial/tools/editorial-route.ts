import type { UID } from '@strapi/strapi';
import { ARTICLE } from '../../content-model/registry';
import { ForbiddenWithMessage } from '../../platform/errors/forbidden-with-message';

export type Ability = { can: (action: string, subject?: unknown, field?: string) => boolean };
export type AdminUser = {
  id: number;
  email: string;
  firstname?: string | null;
  lastname?: string | null;
  roles?: Array<{ code?: string }>;
};
export type AdminContext = {
  state: { userAbility?: Ability; user?: AdminUser };
  query: Record<string, unknown>;
  params?: Record<string, string>;
  request: { body?: Record<string, unknown> };
  body?: unknown;
  status?: number;
  type?: string;
  set: (field: string, value: string) => void;
  throw: (status: number, message: string) => never;
};

export type ContentAction = 'read' | 'create' | 'update';

/** Refuses a panel user who may not `action` this type in the Content Manager. */
export const requirePermission = (ctx: AdminContext, action: ContentAction, uid: UID.ContentType | string = ARTICLE) => {
  if (!ctx.state.userAbility?.can(`plugin::content-manager.explorer.${action}`, uid)) {
    const name = uid === ARTICLE ? 'articles' : `documents of ${uid}`;
    throw new ForbiddenWithMessage(`You need permission to ${action} ${name} for this.`);
  }
};

/** Only super admins: what concerns everyone's access (the audit log). */
export const requireSuperAdmin = (ctx: AdminContext) => {
  if (!ctx.state.user?.roles?.some((role) => role.code === 'strapi-super-admin')) {
    throw new ForbiddenWithMessage('Only super admins can read the audit log.');
  }
};

/**
 * One route behind the admin login. `allow` decides who gets in, from the same rights the
 * Content Manager checks, so the tools follow the roles set in the panel.
 */
export const adminRoute = (
  method: 'GET' | 'POST',
  path: string,
  allow: (ctx: AdminContext) => void,
  answer: (ctx: AdminContext) => Promise<void>
) => ({
  method,
  path,
  handler: async (ctx: AdminContext) => {
    allow(ctx);
    await answer(ctx);
  },
  config: { policies: ['admin::isAuthenticatedAdmin'] },
  info: { type: 'admin' as const },
});

/** A route for panel users who may `action` articles. */
export const editorialRoute = (
  method: 'GET' | 'POST',
  path: string,
  action: 'read' | 'create',
  answer: (ctx: AdminContext) => Promise<void>
) => adminRoute(method, path, (ctx) => requirePermission(ctx, action), answer);
