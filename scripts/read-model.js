#!/usr/bin/env node
// `npm run read-model -- check|rebuild`: compares the stored pages with the Document Service's
// answers (exit 1 on any difference), or renders every page again.
const { runCommand, withStrapi } = require('./lib/with-strapi');

const USAGE = 'Usage: npm run read-model -- check [--json] | rebuild';

runCommand(async () => {
  const [command] = process.argv.slice(2);
  if (command !== 'check' && command !== 'rebuild') {
    console.error(USAGE);
    return 2;
  }
  return withStrapi(async (app, load) => {
    const readModel = load('delivery/read-model/rebuild-read-model');
    const started = Date.now();
    if (command === 'rebuild') {
      await readModel.rebuildReadModel(app);
      console.log(`Read model rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      return 0;
    }
    const { checked, differences, totals } = await readModel.checkReadModel(app);
    if (process.argv.includes('--json')) console.log(JSON.stringify({ checked, differences, totals }, null, 2));
    else {
      for (const { uid, documentId, problem, fields } of differences) {
        console.log(`${uid} ${documentId}: ${problem}${fields ? ` (${fields.join(', ')})` : ''}`);
      }
      for (const total of totals) console.log(`total ${total}`);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`${checked} page(s) checked in ${seconds} s: ${differences.length} difference(s), ${totals.length} total(s) off.`);
    }
    return differences.length + totals.length === 0 ? 0 : 1;
  });
});
