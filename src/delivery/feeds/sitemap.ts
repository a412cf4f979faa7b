import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { absoluteUrl, pagePath } from '../../content-model/page-paths';
import { CONTENT_MODEL } from '../../content-model/registry';
import { siteOf } from '../seo/site';
import { indexableByReviewFilter, reviewPolicyOf } from '../../content-model/review-cycle';
import { element, xmlText } from './xml';

// The sitemap protocol's ceiling per file; larger sites get an index of pages.
export const URLS_PER_SITEMAP = 50_000;
const SITEMAP_TYPES = CONTENT_MODEL.filter((entry) => entry.inSitemap).map((entry) => entry.uid);

type Row = { slug: string; updatedAt: string; seo?: { noIndex?: boolean | null } | null };

/** Every public page with its last change, straight from the published rows. */
const publicPages = async (strapi: Core.Strapi) => {
  const pages: Array<{ path: string; lastmod: string }> = [];
  const policy = reviewPolicyOf(strapi);
  for (const uid of SITEMAP_TYPES) {
    const { attributes } = strapi.contentType(uid);
    // Types with an SEO component may carry an editor's noindex.
    const hasSeo = 'seo' in attributes;
    // Types with a review cycle leave out pages whose review lapsed, when the policy says noindex.
    const byReview = 'nextReviewDue' in attributes ? indexableByReviewFilter(policy) : {};
    const rows: Row[] = await strapi.db.query(uid).findMany({
      select: ['slug', 'updatedAt'],
      where: { publishedAt: { $notNull: true }, ...byReview },
      ...(hasSeo ? { populate: { seo: { select: ['noIndex'] } } } : {}),
      orderBy: { id: 'asc' },
    });
    for (const row of rows) {
      // An editor's "noindex" keeps the page out of search engines, so out of the sitemap too.
      if (row.seo?.noIndex) continue;
      pages.push({ path: pagePath(uid, row.slug) as string, lastmod: new Date(row.updatedAt).toISOString() });
    }
  }
  return pages;
};

/** sitemap.xml: a urlset, or for very large sites an index whose pages are sitemap.xml?page=N. */
export const sitemap = async (strapi: Core.Strapi, selfUrl: string, page?: number) => {
  const site = siteOf(strapi);
  const pages = await publicPages(strapi);
  const newest = pages.reduce((latest, entry) => (entry.lastmod > latest ? entry.lastmod : latest), new Date(0).toISOString());
  const all = [{ path: '/', lastmod: newest }, ...pages];
  const pageCount = Math.ceil(all.length / URLS_PER_SITEMAP);

  if (page === undefined && pageCount > 1) {
    const entries = Array.from(
      { length: pageCount },
      (_, index) => `<sitemap><loc>${xmlText(`${selfUrl}?page=${index + 1}`)}</loc></sitemap>`
    );
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...entries,
      '</sitemapindex>',
    ].join('\n');
  }
  const current = page ?? 1;
  if (!Number.isInteger(current) || current < 1 || current > pageCount) {
    throw new errors.NotFoundError(`The sitemap has ${pageCount} page(s).`);
  }
  const urls = all
    .slice((current - 1) * URLS_PER_SITEMAP, current * URLS_PER_SITEMAP)
    .map((entry) => `<url>${element('loc', absoluteUrl(site.url, entry.path))}${element('lastmod', entry.lastmod)}</url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
  ].join('\n');
};
