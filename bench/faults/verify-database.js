#!/usr/bin/env node
// Checks a database after faults, in a child process of the fault run: boots the compiled app
// on it (no HTTP server, no scheduler), reads through the query engine and Strapi's metadata,
// and writes what it found as JSON.
// Usage: node bench/faults/verify-database.js <expectations.json> <result.json>
// The expectations file holds { expectations: ledger entries, imports: importer outcomes }.
const fs = require('fs');
const path = require('path');
const { createStrapi } = require('@strapi/strapi');
const { runForked } = require('../processes');
const { duplicates, importedArticles, incompleteArticles, lostWrites, orphans, searchIndexDrift } = require('./integrity');

const appDir = path.resolve(__dirname, '..', '..');

const main = async () => {
  const [expectationsFile, resultFile] = process.argv.slice(2);
  const { expectations = [], imports = [] } = JSON.parse(fs.readFileSync(expectationsFile, 'utf8'));
  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist') });
  strapi.log.level = 'warn';
  await strapi.load();
  try {
    const result = {
      duplicates: await duplicates(strapi),
      orphans: await orphans(strapi),
      incomplete: await incompleteArticles(strapi),
      writes: await lostWrites(strapi, expectations),
      search: await searchIndexDrift(strapi),
      readModel: await require(path.join(appDir, 'dist', 'src', 'delivery', 'read-model', 'rebuild-read-model.js')).checkReadModel(strapi),
      imports: await importedArticles(strapi, imports),
      articles: {
        documents: Number((await strapi.db.connection.raw('SELECT count(DISTINCT document_id) AS n FROM articles')).rows[0].n),
        published: await strapi.documents('api::article.article').count({ status: 'published' }),
      },
    };
    fs.writeFileSync(resultFile, JSON.stringify(result, null, 1));
  } finally {
    await strapi.destroy();
  }
};

runForked(main);
