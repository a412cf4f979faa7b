import { errors } from '@strapi/utils';
import type { Context, Next } from 'koa';

// Percent-encoded or raw: PostgreSQL text cannot hold the NUL character, so an id, slug or
// parameter carrying one would fail in the database as a 500.
// eslint-disable-next-line no-control-regex -- NUL is what is refused
const NUL = /%00|\u0000/i;

/** No URL of this API has a use for NUL: refuse it once, here, wherever in the URL it is. */
export default () => async (ctx: Context, next: Next) => {
  if (NUL.test(ctx.url)) throw new errors.ValidationError('The URL cannot contain the NUL character (%00).');
  return next();
};
