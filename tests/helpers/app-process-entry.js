// Another process on the same database as a test's app, as a second instance or a script would
// be: `serve` listens on 127.0.0.1 and prints its port; `publish <uid> <documentId> <json data>`
// writes the published version through the Document Service and exits; `boot` starts the app and
// stops it again (the test run's template databases, tests/setup/app-template.js).
const path = require('path');
const { createStrapi } = require('@strapi/strapi');
const { waitForQuietPool } = require('../../scripts/lib/with-strapi');

const appDir = path.resolve(__dirname, '..', '..');

const main = async () => {
  const [command, ...args] = process.argv.slice(2);
  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist') });
  strapi.log.silent = !process.env.TEST_VERBOSE;
  await strapi.load();
  if (command === 'serve') {
    await strapi.listen();
    process.stdout.write(`${JSON.stringify({ port: strapi.server.httpServer.address().port })}\n`);
    process.on('SIGTERM', () => void strapi.destroy().then(() => process.exit(0)));
    return;
  }
  if (command === 'boot') {
    await strapi.destroy();
    process.exit(0);
  }
  if (command === 'publish') {
    const [uid, documentId, data] = args;
    await strapi.documents(uid).update({ documentId, data: JSON.parse(data), status: 'published' });
    await waitForQuietPool(strapi);
    await strapi.destroy();
    process.stdout.write('done\n');
    process.exit(0);
  }
  throw new Error(`Unknown command ${command}`);
};

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
