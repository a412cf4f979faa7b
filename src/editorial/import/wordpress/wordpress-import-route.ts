import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { AdminContext } from '../../tools/editorial-route';
import { importWordPressExport } from './import-wordpress';
import { NotAWordPressExport } from './wordpress-export';

const POST_TYPES = new Set(['post', 'page']);

/**
 * The import page's WordPress import: an export, or the part of one holding a single post (the
 * page sends one post at a time, to show progress and stay under the body limit), read as the
 * command line reads it. Featured images come from files already in the media library.
 */
export const importWordPressRoute = async (strapi: Core.Strapi, ctx: AdminContext) => {
  const { content, types } = ctx.request.body ?? {};
  if (typeof content !== 'string' || content.trim() === '') {
    throw new errors.ValidationError('"content" must be the text of a WordPress export (WXR), as Tools → Export writes it.');
  }
  if (types !== undefined && (!Array.isArray(types) || types.length === 0 || !types.every((type) => POST_TYPES.has(type)))) {
    throw new errors.ValidationError('"types" must be a list of "post" and "page".');
  }
  try {
    ctx.body = { data: await importWordPressExport(strapi, content, { types }) };
  } catch (error) {
    if (error instanceof NotAWordPressExport) throw new errors.ValidationError(error.message);
    throw error;
  }
};
