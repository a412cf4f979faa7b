// Public by design: redirects are addresses the public may follow anyway. No other REST route
// exists for them: editors manage them in the admin panel.
export default {
  routes: [
    {
      method: 'GET',
      path: '/redirects',
      handler: 'redirect.list',
      config: { auth: false, middlewares: [{ name: 'global::allowed-query-params', config: { allowed: [] } }] },
    },
  ],
};
