import type { Core } from '@strapi/strapi';
import { strapi as transfer } from '@strapi/data-transfer';
import { AUDIT_ENTRY } from '../../editorial/audit/audit-log';

/**
 * What a backup holds, decided as `strapi export` and `strapi import` decide it: every content
 * type except the admin panel's own (admin::, i.e. panel users, roles, API and transfer tokens)
 * and content releases. Restoring the panel's users from a file would let a backup grant logins.
 * The audit log stays out too: it is append-only, and a restore must not rewrite what happened.
 * The history of documents is content and goes with it.
 */
export const isTransferred = (uid: string) => !transfer.isIgnoredOfficialTransferType(uid) && uid !== AUDIT_ENTRY;

export const transferFilters = {
  entities: [{ filter: (entity: { type: string }) => isTransferred(entity.type) }],
  links: [
    {
      filter: (link: { left: { type: string }; right: { type: string } }) =>
        isTransferred(link.left.type) && isTransferred(link.right.type),
    },
  ],
};

/**
 * What a restore clears first: everything it brings back (content, media files and their rows,
 * settings in the core store, webhooks), and nothing it leaves out, so panel users survive.
 */
export const restoreScope = (strapi: Core.Strapi) => ({
  entities: {
    exclude: [
      ...new Set([...Object.keys(strapi.contentTypes).filter((uid) => !isTransferred(uid)), ...transfer.getIgnoredOfficialTransferTypes()]),
    ],
  },
  assets: true,
  configuration: { coreStore: true, webhook: true },
});
