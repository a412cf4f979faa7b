import type { Core } from '@strapi/strapi';
import type { Redirect } from '../../content-model/redirect-paths';
import { deliverSignedWebhook, type WebhookTarget } from '../../platform/webhooks/signed-webhook';

export type RevalidationPayload = {
  event: string;
  type: string;
  documentId: string;
  slug: string | null;
  pages: string[];
  /** Old paths that now redirect, when the write moved a page: a static site writes them into its redirect map. */
  redirects: Redirect[];
  at: string;
};

/**
 * POSTs the payload to FRONTEND_REVALIDATE_URL with the shared secret in a header and an HMAC
 * of the body. Never throws: a slow or broken front-end must not fail an editor's publish.
 */
export const deliverRevalidation = (strapi: Core.Strapi, payload: RevalidationPayload) => {
  const target = strapi.config.get('frontend.revalidate') as WebhookTarget;
  return deliverSignedWebhook(
    strapi,
    target,
    payload,
    (signature) => ({ 'X-Revalidate-Secret': target.secret, 'X-Revalidate-Signature': signature }),
    `Front-end revalidation (${payload.event} of ${payload.type} ${payload.documentId})`
  );
};
