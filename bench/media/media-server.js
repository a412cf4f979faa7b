#!/usr/bin/env node
// The app for bench/media/run.js, in a process of its own: the compiled app as `strapi start`
// runs it, plus a full-access API token for the uploads, and the demo content on request.
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..');

const main = async () => {
  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist') });
  await strapi.load();
  await strapi.start();
  process.on('disconnect', () => process.exit(1));
  const token = await strapi.service('admin::api-token').create({ name: 'media bench', type: 'full-access', lifespan: null });
  process.on('message', (message) => {
    if (message?.type !== 'seed') return;
    const { seedDemoContent } = require(path.join(appDir, 'dist', 'src', 'operations', 'seed', 'seed-demo-content'));
    seedDemoContent(strapi).then(
      () => process.send({ type: 'seeded' }),
      (error) => process.send({ type: 'seeded', error: String(error.stack ?? error) })
    );
  });
  process.send({ type: 'ready', port: strapi.server.httpServer.address().port, token: token.accessKey });
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
