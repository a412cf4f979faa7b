import type { Core } from '@strapi/strapi';
import { documentsOf } from '../../../content-model/documents';
import { pagePath } from '../../../content-model/page-paths';
import { REDIRECT, sitePath } from '../../../content-model/redirect-paths';
import { ARTICLE } from '../../../content-model/registry';

type StoredRedirect = { documentId: string; to: string; origin: string };

/**
 * The post's old address (its path: the new site takes over the domain) as a redirect to the
 * article's page. A redirect an editor wrote for the same path is left as it is and reported.
 * Upserted on every run, so a run killed between the article and its redirect is mended by the next.
 */
export const recordPermalink = async (
  strapi: Core.Strapi,
  link: string,
  documentId: string
): Promise<'recorded' | { from: string; reason: string } | undefined> => {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  // "/?p=123" is the address of a post without a pretty one: no link outside points at it.
  if (url.search) return undefined;
  const from = sitePath(decodeURIComponent(url.pathname), { matched: true });
  const article: { slug: string | null } | null = await strapi.db
    .query(ARTICLE)
    .findOne({ where: { documentId, publishedAt: null }, select: ['slug'] });
  const to = pagePath(ARTICLE, article?.slug);
  if (!from || !to || from === to || from === '/') return undefined;

  const existing: StoredRedirect | null = await strapi.db
    .query(REDIRECT)
    .findOne({ where: { from }, select: ['documentId', 'to', 'origin'] });
  if (existing?.to === to) return 'recorded';
  if (existing && existing.origin !== 'import') return { from, reason: `an editor's redirect to ${existing.to} is kept` };
  const redirects = documentsOf(strapi, REDIRECT);
  const data = { from, to, statusCode: 301, origin: 'import', note: 'Old WordPress address' };
  try {
    if (existing) await redirects.update({ documentId: existing.documentId, data });
    else await redirects.create({ data });
  } catch (error) {
    return { from, reason: (error as Error).message };
  }
  return 'recorded';
};
