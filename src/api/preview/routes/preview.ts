export default {
  routes: [
    {
      method: 'GET',
      path: '/preview/:type/:documentId',
      handler: 'preview.findDraft',
      // The signed link is the credential: front-ends fetch previews without a token.
      config: { auth: false },
    },
  ],
};
