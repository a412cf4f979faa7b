import type { Core, UID } from '@strapi/strapi';
import { pagePath } from '../../content-model/page-paths';
import { entryOf } from '../../content-model/registry';

type Slugged = { slug?: string | null };
/** A document's slug with the slugs of what links to it, one relation (or a list) per attribute. */
type ForPages = Slugged & Record<string, unknown>;

const slugsOf = (value: unknown): Slugged[] => (Array.isArray(value) ? value : value ? [value as Slugged] : []);

/**
 * The document as the pages that show it know it, with the slugs of what links to it (the
 * registry's `shownOn`), read straight from the rows (draft or published) so the lookup works
 * before a delete too.
 */
export const loadForPages = async (strapi: Core.Strapi, uid: UID.ContentType, documentId: string, published: boolean) => {
  const relations = entryOf(uid)?.shownOn.relations ?? [];
  return (await strapi.db.query(uid).findOne({
    where: { documentId, publishedAt: published ? { $notNull: true } : null },
    populate: Object.fromEntries(relations.map(({ attribute }) => [attribute, { select: ['slug'] }])),
  })) as ForPages | null;
};

/** Every page of the public site whose content changes when this document changes. */
export const affectedPages = (uid: string, document: ForPages | null): string[] => {
  const entry = entryOf(uid);
  if (!document || !entry) return [];
  const pages = new Set<string | undefined>([pagePath(uid, document.slug), '/sitemap.xml', ...entry.shownOn.listings]);
  for (const relation of entry.shownOn.relations) {
    for (const related of slugsOf(document[relation.attribute])) pages.add(pagePath(relation.uid, related.slug));
  }
  return [...pages].filter((page): page is string => Boolean(page));
};
