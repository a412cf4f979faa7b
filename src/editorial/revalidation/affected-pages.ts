import type { Core, UID } from '@strapi/strapi';
import { PAGE_PREFIX, pagePath } from '../../content-model/page-paths';

type Slugged = { slug?: string | null };
type Related = Slugged & { topics?: Slugged[]; conditions?: Slugged[]; benefits?: Slugged[]; clinicLocations?: Slugged[]; author?: Slugged | null };

const RELATION_PAGES: Array<[keyof Related, string]> = [
  ['topics', 'api::topic.topic'],
  ['conditions', 'api::condition.condition'],
  ['benefits', 'api::benefit.benefit'],
  ['clinicLocations', 'api::clinic-location.clinic-location'],
];
// Listings that show any article: home, feed and sitemap.
const ARTICLE_LISTINGS = ['/', '/feed.xml', '/sitemap.xml'];

/**
 * The document as the pages that show it know it, with the slugs of what links to it, read
 * straight from the rows (draft or published) so the lookup works before a delete too.
 */
export const loadForPages = async (strapi: Core.Strapi, uid: UID.ContentType, documentId: string, published: boolean) => {
  const populate = uid === 'api::article.article' ? ['topics', 'conditions', 'benefits', 'clinicLocations', 'author'] : ['articles'];
  return (await strapi.db.query(uid).findOne({
    where: { documentId, publishedAt: published ? { $notNull: true } : null },
    populate: Object.fromEntries(populate.map((key) => [key, { select: ['slug'] }])),
  })) as (Related & { articles?: Slugged[] }) | null;
};

/** Every page of the public site whose content changes when this document changes. */
export const affectedPages = (uid: string, document: (Related & { articles?: Slugged[] }) | null): string[] => {
  if (!document || !PAGE_PREFIX[uid]) return [];
  const pages = new Set<string | undefined>([pagePath(uid, document.slug), '/sitemap.xml']);
  if (uid === 'api::article.article') {
    ARTICLE_LISTINGS.forEach((page) => pages.add(page));
    for (const [key, relatedUid] of RELATION_PAGES) {
      for (const related of (document[key] as Slugged[] | undefined) ?? []) pages.add(pagePath(relatedUid, related.slug));
    }
    pages.add(pagePath('api::author.author', document.author?.slug));
  } else {
    for (const article of document.articles ?? []) pages.add(pagePath('api::article.article', article.slug));
  }
  return [...pages].filter((page): page is string => Boolean(page));
};
