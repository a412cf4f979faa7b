// Loaded before the core router so /benefits/slug/:slug is not taken for /benefits/:id.
export default {
  routes: [
    {
      method: 'GET',
      path: '/benefits/slug/:slug',
      handler: 'benefit.findBySlug',
      config: {
        auth: false,
        middlewares: [{ name: 'global::allowed-query-params', config: { allowed: ['page', 'pageSize', 'pagination'] } }],
      },
    },
  ],
};
