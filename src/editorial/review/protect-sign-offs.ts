import { AsyncLocalStorage } from 'async_hooks';
import type { Core, Modules } from '@strapi/strapi';
import type { MedicalReview } from './medical-review';
import { ARTICLE } from '../../content-model/registry';
import { fieldError } from '../../platform/errors/field-error';

const WRITE_ACTIONS = new Set(['create', 'update']);
const REVIEW_FIELDS = [
  'reviewerName',
  'credentials',
  'registration',
  'reviewedOn',
  'signedOffAt',
  'reviewerAccount',
  'contentSignature',
] as const satisfies ReadonlyArray<keyof MedicalReview>;

const signingOff = new AsyncLocalStorage<true>();

/** Runs the sign-off's own write: the one way a request may set an article's medical review. */
export const asSignOff = <T>(write: () => Promise<T>) => signingOff.run(true, write);

const moment = (value: unknown) => {
  if (value === undefined || value === null || value === '') return null;
  const time = Date.parse(String(value));
  return Number.isNaN(time) ? String(value) : new Date(time).toISOString();
};

const sameReview = (sent: unknown, stored: MedicalReview | null | undefined) => {
  if (!sent && !stored) return true;
  if (!sent || typeof sent !== 'object' || !stored) return false;
  const fields = sent as Record<string, unknown>;
  return REVIEW_FIELDS.every((field) => moment(fields[field]) === moment(stored[field]));
};

const isContentManager = (strapi: Core.Strapi) => Boolean(strapi.requestContext.get()?.request.path.startsWith('/content-manager/'));

/**
 * The medical review says a named clinician vouched for this text, so nobody may type it: over
 * HTTP (Content API, Content Manager, GraphQL, any token) no write changes it, and only a
 * medical reviewer's sign-off writes it: the Content API and GraphQL answer a 400,
 * the Content Manager keeps the stored review (its form cannot change it). Sending it back
 * unchanged passes. Writes with no request behind them are the server's own (seed, restore,
 * scheduler) and pass.
 */
export const protectSignOffs =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const params = context.params as { documentId?: string; data?: Record<string, unknown> };
    const sent = params.data?.medicalReview;
    if (context.uid !== ARTICLE || !WRITE_ACTIONS.has(context.action) || sent === undefined) return next();
    if (signingOff.getStore() || !strapi.requestContext.get()) return next();

    const stored: { medicalReview?: MedicalReview | null } | null =
      context.action === 'update' && params.documentId
        ? await strapi.db
            .query(ARTICLE)
            .findOne({ where: { documentId: params.documentId, publishedAt: null }, populate: { medicalReview: true } })
        : null;
    if (sameReview(sent, stored?.medicalReview)) return next();
    // The edit view shows the review read-only and sends it back with every save, as it was when
    // the page was opened: older than a sign-off made since. The stored one stands.
    if (isContentManager(strapi)) {
      delete params.data?.medicalReview;
      return next();
    }
    throw fieldError(
      'medicalReview',
      'The medical review is written by a medical reviewer signing off the article in the admin panel; it cannot be typed or sent.'
    );
  };
