import crypto from 'crypto';
import type { Core, UID } from '@strapi/strapi';

export type PreviewGrant = { uid: string; documentId: string; expires: number };

/**
 * The key preview links are signed with: PREVIEW_SECRET when set, otherwise one derived from
 * the app keys, so a fresh install has working, unguessable links without another secret.
 */
const previewKey = (strapi: Core.Strapi) => {
  const configured = strapi.config.get('frontend.preview.secret', '') as string;
  if (configured) return configured;
  const [appKey] = strapi.config.get('server.app.keys', []) as string[];
  return crypto
    .createHmac('sha256', appKey ?? '')
    .update('wellness-cms preview links')
    .digest('hex');
};

const sign = (key: string, { uid, documentId, expires }: PreviewGrant) =>
  crypto.createHmac('sha256', key).update(`${uid}\n${documentId}\n${expires}`).digest('base64url');

export const signPreview = (strapi: Core.Strapi, grant: PreviewGrant) => sign(previewKey(strapi), grant);

/** Why a preview request is refused, or undefined when its signature and lifetime hold. */
export const previewRefusal = (strapi: Core.Strapi, grant: PreviewGrant, signature: unknown, now = Date.now()) => {
  if (typeof signature !== 'string' || !Number.isFinite(grant.expires)) return 'This preview link is incomplete.';
  const expected = Buffer.from(sign(previewKey(strapi), grant));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return 'This preview link is not valid.';
  if (grant.expires < now) return 'This preview link has expired. Open the preview again from the admin panel.';
  return undefined;
};

/** The front-end URL an editor's "Open preview" button leads to, signed for one document. */
export const previewUrl = (strapi: Core.Strapi, uid: string, documentId: string) => {
  const lifetimeMs = (strapi.config.get('frontend.preview.linkLifetimeMinutes', 60) as number) * 60_000;
  const grant = { uid, documentId, expires: Date.now() + lifetimeMs };
  const url = new URL('/preview', strapi.config.get('frontend.url') as string);
  url.searchParams.set('type', strapi.contentType(uid as UID.ContentType).info.singularName);
  url.searchParams.set('documentId', documentId);
  url.searchParams.set('expires', String(grant.expires));
  url.searchParams.set('signature', signPreview(strapi, grant));
  return url.toString();
};
