// Loaded before the core router so /conditions/slug/:slug is not taken for /conditions/:id.
export default {
  routes: [
    {
      method: 'GET',
      path: '/conditions/slug/:slug',
      handler: 'condition.findBySlug',
      config: {
        auth: false,
        middlewares: [{ name: 'global::allowed-query-params', config: { allowed: ['page', 'pageSize', 'pagination'] } }],
      },
    },
  ],
};
