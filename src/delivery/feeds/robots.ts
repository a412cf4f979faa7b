/** Crawler rules: everything public may be indexed, the admin panel and draft previews never. */
export const robotsTxt = (sitemapUrl: string) =>
  ['User-agent: *', 'Disallow: /admin', 'Disallow: /api/preview/', 'Allow: /', `Sitemap: ${sitemapUrl}`, ''].join('\n');
