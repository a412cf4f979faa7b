import type { Core } from '@strapi/strapi';
import { isPublicContentType } from '../src/content-model/registry';
import { previewUrl } from '../src/editorial/preview/preview-links';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET'),
  },
  apiToken: {
    salt: env('API_TOKEN_SALT'),
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT'),
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY'),
  },
  serveAdminPanel: env.bool('SERVE_ADMIN', true),
  // "Open preview" in the edit view leads to the front-end with a signed, expiring link.
  preview: {
    enabled: true,
    config: {
      allowedOrigins: [new URL(env('FRONTEND_URL', 'http://127.0.0.1:1337')).origin],
      handler: (uid: string, { documentId }: { documentId: string }) =>
        isPublicContentType(uid) ? previewUrl(strapi, uid, documentId) : null,
    },
  },
  flags: {
    nps: env.bool('FLAG_NPS', false),
    promoteEE: env.bool('FLAG_PROMOTE_EE', false),
  },
});
