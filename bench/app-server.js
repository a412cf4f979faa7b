#!/usr/bin/env node
// The app under test, as a child of bench/run.js: the compiled app started the way
// `strapi start` does, in a process of its own so its memory can be read from /proc.
// With BENCH_CAPTURE_SQL=1 it also records the SQL it runs, for bench/explain.js.
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

// BENCH_APP_DIR: another app to run the same way, the `vanilla` mode's plain Strapi (JavaScript,
// so it runs from its own folder rather than a compiled dist/).
const appDir = process.env.BENCH_APP_DIR || path.resolve(__dirname, '..');
const distDir = process.env.BENCH_APP_DIR ? appDir : path.join(appDir, 'dist');

const captureSql = (strapi) => {
  let captured = null;
  strapi.db.connection.on('query', (query) => captured?.push({ sql: query.sql, bindings: query.bindings ?? [] }));
  process.on('message', (message) => {
    if (message?.type === 'capture-start') {
      captured = [];
      process.send({ type: 'capture-started' });
    }
    if (message?.type === 'capture-stop') {
      process.send({ type: 'captured', queries: captured ?? [] });
      captured = null;
    }
  });
};

const main = async () => {
  const strapi = createStrapi({ appDir, distDir });
  await strapi.load();
  if (process.env.BENCH_CAPTURE_SQL === '1') captureSql(strapi);
  await strapi.start();
  // Strapi itself stops on SIGTERM and SIGINT; without the orchestrator (killed, crashed) a
  // benchmark server must not live on either.
  process.on('disconnect', () => process.exit(1));
  process.send({ type: 'ready', port: strapi.server.httpServer.address().port });
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
