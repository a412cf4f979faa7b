import type { Core } from '@strapi/strapi';
import { PUBLIC_CONTENT_TYPES } from '../../content-model/registry';

const READ_ACTIONS = ['find', 'findOne'];
const WRITE_ACTIONS = ['create', 'update', 'delete'];

const PERMISSION_UID = 'plugin::users-permissions.permission';

/**
 * Gives the public role read access to the public types, and takes away any write access an
 * admin may have ticked by mistake: wellness content is never written anonymously.
 * Safe to run on every boot.
 */
export const grantPublicReadAccess = async (strapi: Core.Strapi) => {
  const publicRole = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!publicRole) {
    strapi.log.warn('No public role found: public read access was not granted.');
    return;
  }

  const permissions = strapi.db.query(PERMISSION_UID);
  const wanted = PUBLIC_CONTENT_TYPES.flatMap((uid) => READ_ACTIONS.map((action) => `${uid}.${action}`));
  const forbidden = PUBLIC_CONTENT_TYPES.flatMap((uid) => WRITE_ACTIONS.map((action) => `${uid}.${action}`));

  const existing: Array<{ action: string }> = await permissions.findMany({
    select: ['action'],
    where: { role: publicRole.id, action: { $in: wanted } },
  });
  const granted = new Set(existing.map((permission) => permission.action));
  for (const action of wanted.filter((action) => !granted.has(action))) {
    await permissions.create({ data: { action, role: publicRole.id } });
  }

  const revoked = await permissions.deleteMany({ where: { role: publicRole.id, action: { $in: forbidden } } });
  if (revoked.count > 0) {
    strapi.log.warn(`Removed ${revoked.count} write permission(s) from the public role.`);
  }
};
