/** Strapi's error body, as `strapi::errors` writes it for every error it catches. */
export type ErrorBody = {
  data: null;
  error: { status: number; name: string; message: string; details: Record<string, unknown> };
};

/**
 * The same body for the few answers `strapi::errors` cannot write: those before Koa (Node's
 * own parser) and statuses Strapi's `errors` classes do not have (503). Anywhere else, throw
 * one of Strapi's `errors` and let Strapi write it.
 */
export const errorBody = (error: ErrorBody['error']): ErrorBody => ({ data: null, error });
