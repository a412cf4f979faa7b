// Public by design: the index holds published content only.
export default {
  routes: [
    {
      method: 'GET',
      path: '/search',
      handler: 'search.find',
      config: {
        auth: false,
        middlewares: [{ name: 'global::allowed-query-params', config: { allowed: ['q', 'type', 'page', 'pageSize', 'pagination'] } }],
      },
    },
  ],
};
