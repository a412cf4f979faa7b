import type { Core, Modules, UID } from '@strapi/strapi';
import { pagePath } from '../../content-model/page-paths';
import { publicWriteOf, type PublicWrite } from '../../content-model/public-change';
import { entryOf } from '../../content-model/registry';
import { recordMove } from './redirect-rules';

/** The slug of the version the public sees, or undefined when nothing is published. */
const liveSlugOf = async (strapi: Core.Strapi, write: PublicWrite & { documentId: string }) => {
  const row: { slug?: string | null } | null = await strapi.db.query(write.uid as UID.ContentType).findOne({
    where: { documentId: write.documentId, ...(write.hasDraftAndPublish ? { publishedAt: { $notNull: true } } : {}) },
    select: ['slug'],
  });
  return row?.slug ?? undefined;
};

/**
 * When a write changes the slug of a page the public sees (publishing a draft with a new slug,
 * or saving a type without drafts), the old path is recorded as a redirect to the new one, in
 * the write's transaction: links and search engines keep finding the page.
 */
export const recordMovedPages =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const write = publicWriteOf(context);
    if (!write?.documentId || (write.event !== 'publish' && write.event !== 'update') || !entryOf(write.uid)) return next();
    const located = { ...write, documentId: write.documentId };
    const before = await liveSlugOf(strapi, located);
    const result = await next();
    const after = before ? await liveSlugOf(strapi, located) : undefined;
    const [from, to] = [pagePath(write.uid, before), pagePath(write.uid, after)];
    if (from && to && from !== to) await recordMove(strapi, from, to);
    return result;
  };
