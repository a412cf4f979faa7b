#!/usr/bin/env node
// `npm run seed`: loads the demo content. Safe to run again: existing documents are left alone.
const path = require('path');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const main = async () => {
  // The explicit seed below does the work; keep bootstrap's automatic seed out of the way.
  process.env.SEED_DEMO_CONTENT = 'false';
  const appContext = await compileStrapi({ appDir: path.resolve(__dirname, '..') });
  const app = await createStrapi(appContext).load();
  try {
    const { seedDemoContent } = require(path.join(appContext.distDir, 'src', 'seed', 'seed-demo-content'));
    const report = await seedDemoContent(app);
    for (const [type, counts] of Object.entries(report)) {
      console.log(`${type.padEnd(16)} created ${counts.created}, published ${counts.published}, unchanged ${counts.unchanged}`);
    }
  } finally {
    await app.destroy();
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
