// Public by design: feeds list published content only. Served at the root as well
// (/feed.xml, /sitemap.xml, /robots.txt), where crawlers and feed readers look: see
// global::serve-at-root in config/middlewares.ts.
export default {
  routes: [
    { method: 'GET', path: '/feed.xml', handler: 'feed.rss', config: { auth: false } },
    { method: 'GET', path: '/sitemap.xml', handler: 'feed.sitemap', config: { auth: false } },
    { method: 'GET', path: '/robots.txt', handler: 'feed.robots', config: { auth: false } },
  ],
};
