#!/usr/bin/env node
// Seeds a fresh database with `size` published articles and their taxonomy, in a child process
// of bench/run.js: the app boots once so schema sync and migrations create every table, then
// rows go in with multi-row INSERTs (the Document Service would take hours at 100k).
// Usage: node bench/seed-bulk.js <size> <manifest.json>   (database from the environment)
const fs = require('fs');
const path = require('path');
const { createStrapi } = require('@strapi/strapi');
const { createRandom } = require('./seed/random');
const { taxonomy, articleFactory } = require('./seed/documents');
const { createBatchWriter } = require('./seed/batch-writer');
const { createDocumentWriter } = require('./seed/document-writer');
const { createSearchRows } = require('./seed/search-rows');
const { runForked } = require('./processes');

const appDir = path.resolve(__dirname, '..');
const distDir = path.join(appDir, 'dist');
const SEED = 20261121;
const CHUNK = 1000;
const SAMPLE = 1000;
const ARTICLE = 'api::article.article';
const TAXONOMY = [
  'plugin::upload.file',
  'api::author.author',
  'api::topic.topic',
  'api::condition.condition',
  'api::benefit.benefit',
  'api::clinic-location.clinic-location',
];

const log = (message) => console.log(`[seed] ${message}`);

const slugger = (distDir) => {
  const { toSlug, firstFreeSlug } = require(path.join(distDir, 'src', 'editorial', 'slugs', 'slug-text.js'));
  const taken = new Map();
  // The app's own slug rules, so seeded slugs look like the ones editors get.
  return (type, text) => {
    if (!taken.has(type)) taken.set(type, new Set());
    const slug = firstFreeSlug(toSlug(text), taken.get(type), 160);
    taken.get(type).add(slug);
    return slug;
  };
};

const seedTaxonomy = (documents, search, t, since) => {
  const [files, authors, topics, conditions, benefits, clinics] = TAXONOMY;
  const write = (uid, list) =>
    list.forEach((item, index) => {
      const document = { documentId: item.documentId ?? `bench${String(index).padStart(19, '0')}`, ...item, publishedAt: since };
      documents.write(uid, document, since);
      search.add(uid, document);
    });
  write(files, t.images);
  write(authors, t.authors);
  write(topics, t.topics);
  write(conditions, t.conditions);
  write(benefits, t.benefits);
  write(clinics, t.clinics);
};

/** Published documents and index entries per searchable type, as the app compares them at boot. */
const searchCountsMatch = async (strapi, search) => {
  for (const uid of search.searchableUids) {
    const published = await strapi.documents(uid).count({ status: 'published' });
    const type = uid.split('.').pop();
    const [{ count }] = await strapi.db.connection(search.ENTRIES).where({ content_type: type }).count({ count: '*' });
    if (published !== Number(count)) throw new Error(`Search index holds ${count} ${type} entries for ${published} published documents`);
  }
};

const seed = async (strapi, size) => {
  const knex = strapi.db.connection;
  const isPostgres = ['pg', 'postgres', 'postgresql'].includes(String(knex.client.config.client));
  const [{ count }] = await knex(strapi.db.metadata.get(ARTICLE).tableName).count({ count: '*' });
  if (Number(count) > 0) throw new Error('The database already holds articles: seed-bulk needs a fresh database.');

  const token = await strapi
    .service('admin::api-token')
    .create({ name: 'bench-writes', description: 'Writes of the benchmark mixed workload', type: 'full-access', lifespan: null });
  const random = createRandom(SEED);
  const now = new Date();
  const slugOf = slugger(distDir);
  const t = taxonomy(random, slugOf);
  const writer = createBatchWriter(knex, { isPostgres });
  const documents = createDocumentWriter(strapi, writer);
  const search = createSearchRows(distDir, writer);
  await writer.reserveIds([...new Set(documents.tablesOf([...TAXONOMY, ARTICLE]))]);

  seedTaxonomy(documents, search, t, new Date(now.getTime() - 5 * 365 * 24 * 3600 * 1000));
  await writer.flush();

  const makeArticle = articleFactory({
    random,
    now,
    size,
    taxonomy: t,
    slugOf,
    readingTimeMinutes: require(path.join(distDir, 'src', 'editorial', 'reading-time', 'reading-time.js')).readingTimeMinutes,
    // A reviewer's sign-off binds the review to this body, these sources and this FAQ: without
    // it the publish guard refuses every later publish of the article (a new title included).
    contentSignature: require(path.join(distDir, 'src', 'editorial', 'review', 'content-signature.js')).contentSignature,
  });
  const step = Math.max(1, Math.floor(size / SAMPLE));
  const sample = [];
  const started = Date.now();
  for (let index = 0; index < size; index += 1) {
    const article = makeArticle(index);
    documents.write(ARTICLE, article);
    search.add(ARTICLE, article);
    if (index % step === 0 && sample.length < SAMPLE) {
      sample.push({ documentId: article.documentId, slug: article.slug, title: article.title, topic: t.topics[article.topics[0]].slug });
    }
    if ((index + 1) % CHUNK === 0 || index + 1 === size) {
      await writer.flush();
      if ((index + 1) % (CHUNK * 10) === 0 || index + 1 === size)
        log(`${index + 1}/${size} articles (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
  }
  const terms = search.addTerms();
  await writer.flush();
  await writer.finish();
  await searchCountsMatch(strapi, search);
  // The read model is rendered by the app itself, through the Document Service, as a deploy's
  // first start or `npm run read-model -- rebuild` would.
  const renderStarted = Date.now();
  await require(path.join(distDir, 'src', 'delivery', 'read-model', 'rebuild-read-model.js')).rebuildReadModel(strapi);
  const readModelSeconds = Math.round((Date.now() - renderStarted) / 100) / 10;
  log(`read model rendered in ${readModelSeconds} s`);
  // Fresh statistics, as autovacuum would gather soon after a load this size; SQLite has no
  // autovacuum equivalent and Strapi never runs ANALYZE there, so it is left as Strapi leaves it.
  if (isPostgres) await knex.raw('VACUUM ANALYZE');
  log(`search terms: ${terms}; rows: ${JSON.stringify(writer.counts)}`);
  return {
    token: token.accessKey,
    rows: writer.counts,
    articles: sample,
    topics: t.topics.map((topic) => topic.slug),
    conditions: t.conditions.map((condition) => condition.slug),
    readModelSeconds,
    clinicCities: [...new Set(t.clinics.map((clinic) => clinic.address.city))],
  };
};

const main = async () => {
  const [size, manifestPath] = [Number(process.argv[2]), process.argv[3]];
  if (!Number.isInteger(size) || size < 1 || !manifestPath) throw new Error('Usage: node bench/seed-bulk.js <size> <manifest.json>');
  const started = Date.now();
  const strapi = createStrapi({ appDir, distDir });
  strapi.log.level = 'warn';
  await strapi.load();
  log(`schema ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  try {
    const seeded = await seed(strapi, size);
    const manifest = {
      size,
      seed: SEED,
      seededAt: new Date().toISOString(),
      seedSeconds: Math.round((Date.now() - started) / 100) / 10,
      ...seeded,
    };
    fs.writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 1)}\n`);
    log(`done in ${manifest.seedSeconds} s`);
  } finally {
    await strapi.destroy();
  }
};

// Forked by bench/run.js: if that process dies, a half-seeded database is of no use to anyone.
runForked(main);
