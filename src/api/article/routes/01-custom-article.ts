// Loaded before the core router (file names sort first) so these paths are matched before
// /articles/:id would take "slug" for an id. Public by design: published content only.
export default {
  routes: [
    {
      method: 'GET',
      path: '/articles/cards',
      handler: 'article.cards',
      config: {
        auth: false,
        middlewares: [
          { name: 'global::allowed-query-params', config: { allowed: ['page', 'pageSize', 'pagination', 'topic', 'condition'] } },
        ],
      },
    },
    {
      method: 'GET',
      path: '/articles/slug/:slug',
      handler: 'article.findBySlug',
      config: { auth: false, middlewares: [{ name: 'global::allowed-query-params', config: { allowed: [] } }] },
    },
    {
      method: 'GET',
      path: '/articles/slug/:slug/related',
      handler: 'article.related',
      config: { auth: false, middlewares: [{ name: 'global::allowed-query-params', config: { allowed: ['limit'] } }] },
    },
  ],
};
