import { entryOf } from './registry';

/** A document's page on the public site, from its type's page prefix in the registry. */
export const pagePath = (uid: string, slug?: string | null) => {
  const prefix = entryOf(uid)?.pagePrefix;
  return slug && prefix ? `${prefix}/${slug}` : undefined;
};

export const absoluteUrl = (siteUrl: string, pathname: string) =>
  new URL(pathname, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString();
