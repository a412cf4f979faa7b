import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { entryOf } from '../content-model/registry';

/** One published document by slug, or a 404 that names what was not found. */
export const findPublishedBySlug = async (strapi: Core.Strapi, uid: UID.ContentType, slug: string, populate: object) => {
  const document = await strapi.documents(uid).findFirst({ status: 'published', filters: { slug } as never, populate: populate as never });
  if (!document) {
    throw new errors.NotFoundError(`No published ${strapi.contentType(uid).info.singularName} has the slug "${slug}".`);
  }
  return document as Record<string, unknown> & { documentId: string };
};

/** A published document with everything its page shows (the registry's page tree). */
export const findPublishedPage = (strapi: Core.Strapi, uid: UID.ContentType, slug: string) =>
  findPublishedBySlug(strapi, uid, slug, entryOf(uid)?.pagePopulate ?? {});

/** What the public may see of documents: private fields (import keys and the like) removed. */
export const sanitizedForPublic = (strapi: Core.Strapi, uid: UID.ContentType, data: unknown, auth?: unknown) =>
  strapi.contentAPI.sanitize.output(data as never, strapi.contentType(uid), { auth: auth as never });
