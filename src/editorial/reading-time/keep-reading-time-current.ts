import type { Modules, Schema } from '@strapi/strapi';
import { readingTimeMinutes } from './reading-time';

const WRITE_ACTIONS = new Set(['create', 'update', 'clone']);

/**
 * Reading time is derived from the body on every save and never taken from the input, so an
 * editor or API client cannot type a number that disagrees with the text.
 */
export const keepReadingTimeCurrent: Modules.Documents.Middleware.Middleware = async (context, next) => {
  // Read as a plain map: the generated types know each type's fields, this rule looks for two by name.
  const attributes = context.contentType.attributes as Record<string, Schema.Attribute.AnyAttribute | undefined>;
  const params = context.params as { data?: Record<string, unknown> };
  if (!WRITE_ACTIONS.has(context.action) || !attributes.readingTimeMinutes || !attributes.body || !params.data) {
    return next();
  }
  const { data } = params;
  if ('body' in data) {
    data.readingTimeMinutes = readingTimeMinutes(data.body);
  } else if (context.action === 'create') {
    data.readingTimeMinutes = 0;
  } else {
    delete data.readingTimeMinutes;
  }
  return next();
};
