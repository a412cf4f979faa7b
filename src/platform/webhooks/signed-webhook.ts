import crypto from 'crypto';
import type { Core } from '@strapi/strapi';

export type WebhookTarget = { url: string; secret: string; timeoutMs: number; attempts: number };

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The HMAC-SHA256 of the body with the shared secret, as receivers recompute it. */
export const signatureOf = (body: string, secret: string) => `sha256=${crypto.createHmac('sha256', secret).update(body).digest('hex')}`;

/**
 * POSTs a JSON payload with an HMAC of its body (and whatever headers the receiver expects),
 * retrying with backoff. Never throws: a slow or broken receiver must not fail the editorial
 * work that triggered it; failures are logged. Returns whether it was delivered.
 */
export const deliverSignedWebhook = async (
  strapi: Core.Strapi,
  target: WebhookTarget,
  payload: object,
  headersFor: (signature: string) => Record<string, string>,
  what: string
) => {
  if (!target.url) return false;
  const body = JSON.stringify(payload);
  const headers = { 'Content-Type': 'application/json', ...headersFor(signatureOf(body, target.secret)) };
  for (let attempt = 1; attempt <= target.attempts; attempt += 1) {
    try {
      const response = await fetch(target.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(target.timeoutMs) });
      if (response.ok) return true;
      strapi.log.warn(`${what} answered ${response.status} (attempt ${attempt}/${target.attempts}).`);
    } catch (error) {
      strapi.log.warn(`${what} failed (attempt ${attempt}/${target.attempts}): ${(error as Error).message}`);
    }
    if (attempt < target.attempts) await wait(250 * 4 ** (attempt - 1));
  }
  strapi.log.error(`${what} was not delivered.`);
  return false;
};
