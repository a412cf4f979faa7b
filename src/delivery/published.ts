import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { documentsOf } from '../content-model/documents';
import { movedPage } from './redirects';

/** One published document by slug, a redirect to where it moved, or a 404 that names what was not found. */
export const findPublishedBySlug = async <Shape extends object = Record<string, unknown>>(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  slug: string,
  populate: object
) => {
  const document = await documentsOf(strapi, uid).findFirst<Shape>({ status: 'published', filters: { slug }, populate });
  if (!document) throw await pageNotFound(strapi, uid, slug);
  return document;
};

/** What a slug with no published document answers: where its page moved (or was redirected), or a 404 naming it. */
export const pageNotFound = async (strapi: Core.Strapi, uid: UID.ContentType, slug: string) =>
  (await movedPage(strapi, uid, slug)) ??
  new errors.NotFoundError(`No published ${strapi.contentType(uid).info.singularName} has the slug "${slug}".`);

/** What the public may see of documents: private fields (import keys and the like) removed. */
export const sanitizedForPublic = (strapi: Core.Strapi, uid: UID.ContentType, data: unknown, auth?: unknown) =>
  strapi.contentAPI.sanitize.output(data, strapi.contentType(uid), { auth });
