// Loaded before the core router so /topics/slug/:slug is not taken for /topics/:id.
export default {
  routes: [
    {
      method: 'GET',
      path: '/topics/slug/:slug',
      handler: 'topic.findBySlug',
      config: {
        auth: false,
        middlewares: [{ name: 'global::allowed-query-params', config: { allowed: ['page', 'pageSize', 'pagination'] } }],
      },
    },
  ],
};
