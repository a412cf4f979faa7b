// Loaded before the core router so "nearby" and "slug" are not taken for a clinic's id.
export default {
  routes: [
    { method: 'GET', path: '/clinic-locations/nearby', handler: 'clinic-location.nearby', config: { auth: false } },
    { method: 'GET', path: '/clinic-locations/slug/:slug', handler: 'clinic-location.findBySlug', config: { auth: false } },
  ],
};
