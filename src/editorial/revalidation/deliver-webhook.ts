import crypto from 'crypto';
import type { Core } from '@strapi/strapi';

export type RevalidationPayload = { event: string; type: string; documentId: string; slug: string | null; pages: string[]; at: string };

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * POSTs the payload to FRONTEND_REVALIDATE_URL with the shared secret in a header and an HMAC
 * of the body, retrying with backoff. Never throws: a slow or broken front-end must not fail
 * an editor's publish; failures are logged.
 */
export const deliverRevalidation = async (strapi: Core.Strapi, payload: RevalidationPayload) => {
  const { url, secret, timeoutMs, attempts } = strapi.config.get('frontend.revalidate') as {
    url: string;
    secret: string;
    timeoutMs: number;
    attempts: number;
  };
  if (!url) return false;
  const body = JSON.stringify(payload);
  const signature = crypto.createHmac('sha256', secret).update(body).digest('hex');

  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Revalidate-Secret': secret,
          'X-Revalidate-Signature': `sha256=${signature}`,
        },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (response.ok) return true;
      strapi.log.warn(`Front-end revalidation answered ${response.status} (attempt ${attempt}/${attempts}).`);
    } catch (error) {
      strapi.log.warn(`Front-end revalidation failed (attempt ${attempt}/${attempts}): ${(error as Error).message}`);
    }
    if (attempt < attempts) await wait(250 * 4 ** (attempt - 1));
  }
  strapi.log.error(`Front-end was not told about ${payload.event} of ${payload.type} ${payload.documentId}.`);
  return false;
};
