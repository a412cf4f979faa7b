// Public by design: the index holds published content only.
export default {
  routes: [{ method: 'GET', path: '/search', handler: 'search.find', config: { auth: false } }],
};
