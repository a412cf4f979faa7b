/** Where each type's pages live on the public site: shared by feeds, sitemaps, JSON-LD and revalidation. */
export const PAGE_PREFIX: Record<string, string> = {
  'api::article.article': '/articles',
  'api::topic.topic': '/topics',
  'api::condition.condition': '/conditions',
  'api::benefit.benefit': '/benefits',
  'api::clinic-location.clinic-location': '/clinics',
  'api::author.author': '/authors',
};

export const pagePath = (uid: string, slug?: string | null) => (slug && PAGE_PREFIX[uid] ? `${PAGE_PREFIX[uid]}/${slug}` : undefined);

export const absoluteUrl = (siteUrl: string, pathname: string) => new URL(pathname, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString();
