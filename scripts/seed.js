#!/usr/bin/env node
// `npm run seed`: loads the demo content. Safe to run again: existing documents are left alone.
const { runCommand, withStrapi } = require('./lib/with-strapi');

runCommand(() =>
  withStrapi(async (app, load) => {
    const report = await load('operations/seed/seed-demo-content').seedDemoContent(app);
    for (const [type, counts] of Object.entries(report)) {
      console.log(`${type.padEnd(16)} created ${counts.created}, published ${counts.published}, unchanged ${counts.unchanged}`);
    }
  })
);
