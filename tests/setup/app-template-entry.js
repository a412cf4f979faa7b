// Boots the compiled app on the database its environment names and stops it again: what
// app-template.js copies for every test app.
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..');

const main = async () => {
  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist') });
  strapi.log.silent = true;
  await strapi.load();
  await strapi.destroy();
};

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  }
);
