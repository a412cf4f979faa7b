const { removeAppTemplates } = require('./app-template');

module.exports = async () => {
  removeAppTemplates();
  await globalThis.__TEST_POSTGRES__?.stop();
};
