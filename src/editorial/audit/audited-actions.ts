/** What the audit log records (the admin page's filter reads it too, so nothing server-only here). */
export const AUDITED_ACTIONS = [
  'publish',
  'unpublish',
  'delete',
  'schedule',
  'sign-off',
  'restore-version',
  'restore-backup',
  'role-create',
  'role-update',
  'role-delete',
  'permissions-update',
  'api-token-create',
  'transfer-token-create',
  'admin-sign-in',
  'admin-sign-in-failed',
] as const;
export type AuditedAction = (typeof AUDITED_ACTIONS)[number];
