// Loaded before the core router so "nearby" and "slug" are not taken for a clinic's id.
export default {
  routes: [
    {
      method: 'GET',
      path: '/clinic-locations/nearby',
      handler: 'clinic-location.nearby',
      config: {
        auth: false,
        middlewares: [{ name: 'global::allowed-query-params', config: { allowed: ['lat', 'lng', 'radiusKm', 'service'] } }],
      },
    },
    {
      method: 'GET',
      path: '/clinic-locations/slug/:slug',
      handler: 'clinic-location.findBySlug',
      config: { auth: false, middlewares: [{ name: 'global::allowed-query-params', config: { allowed: [] } }] },
    },
  ],
};
