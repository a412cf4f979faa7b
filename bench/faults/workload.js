// The mixed workload of the soak and the outage: the benchmark's weighted public reads, and
// writes through the API token: drafts created, and new titles published on the seeded articles
// the loop owns. Every write goes to the ledger. Nothing is created and published at once: an
// API token cannot sign off a medical review, so a new article is never publishable over REST
// (the publish guard); the seeded articles carry a reviewer's sign-off of their content, which a
// new title leaves valid.
const { Client } = require('pg');
const { endpointsFor } = require('../endpoints');
const { createRandom } = require('../seed/random');
const { articlePayload, createLedger } = require('./writes');

const ARTICLE_PATH = '/api/articles';
const READS = [
  ['list', 20],
  ['slug-spread', 30],
  ['topic', 12],
  ['search', 12],
  ['nearby', 5],
  ['graphql', 20],
];

/** Published document ids of the taxonomy an article may link to. */
const loadTaxonomy = async (databaseUrl) => {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const ids = async (table) =>
      (await client.query(`SELECT DISTINCT document_id FROM ${table} WHERE published_at IS NOT NULL ORDER BY 1`)).rows.map(
        (row) => row.document_id
      );
    return { authors: await ids('authors'), topics: await ids('topics'), conditions: await ids('conditions') };
  } finally {
    await client.end();
  }
};

const parseBody = (answer) => {
  try {
    return JSON.parse(answer.body.toString('utf8'));
  } catch {
    return null;
  }
};

const isAcknowledged = (answer) => answer.status === 200 || answer.status === 201;

/**
 * `baseUrlOf(worker)` says where each loop sends its requests (one instance, or several).
 * `writeShare` of the requests are writes. Returns `next` for runLoad, and the ledger.
 */
const mixedWorkload = ({ manifest, taxonomy, baseUrlOf, connections, writeShare = 0.1, tag, seed = 1 }) => {
  const endpoints = endpointsFor(manifest);
  const ledger = createLedger();
  const headers = () => ({ 'content-type': 'application/json', authorization: `Bearer ${manifest.token}` });
  // Each loop owns a share of the seeded articles and every article it creates: one writer per document.
  const owned = Array.from({ length: connections }, (_, worker) => manifest.articles.filter((_, index) => index % connections === worker));
  const randoms = Array.from({ length: connections }, (_, worker) => createRandom(seed * 1000 + worker));
  let writes = 0;

  const create = (worker, random) => {
    const n = (writes += 1);
    const title = `Fault ${tag} article ${worker}-${n}`;
    const { data, expected } = articlePayload({ random, taxonomy, tag, title });
    return {
      kind: 'create draft',
      method: 'POST',
      path: `${ARTICLE_PATH}?status=draft`,
      headers: headers(),
      body: JSON.stringify({ data }),
      onAnswer: (answer) => {
        const created = isAcknowledged(answer) ? parseBody(answer)?.data : null;
        if (!created?.documentId) return ledger.createFailed();
        ledger.created({ documentId: created.documentId, slug: created.slug, title, published: false, expected });
      },
    };
  };

  const publishTitle = (worker, random) => {
    if (owned[worker].length === 0) return create(worker, random);
    const article = random.pick(owned[worker]);
    ledger.adopt(article);
    const n = (writes += 1);
    const title = `${article.title.replace(/ \(v\d+\)$/, '')} (v${n})`.slice(0, 160);
    return {
      kind: 'update+publish',
      method: 'PUT',
      path: `${ARTICLE_PATH}/${article.documentId}?status=published`,
      headers: headers(),
      body: JSON.stringify({ data: { title } }),
      onAnswer: (answer) => {
        ledger.published(article.documentId, title, isAcknowledged(answer));
      },
    };
  };

  const read = (random) => {
    let target = random.next() * 99;
    const [name] = READS.find(([, weight]) => (target -= weight) < 0) ?? READS[0];
    return { kind: `read ${name}`, ...endpoints[name].pick(random) };
  };

  const next = (worker) => {
    const random = randoms[worker];
    let spec;
    if (random.next() >= writeShare) spec = read(random);
    else {
      const roll = random.next();
      spec = roll < 0.4 ? create(worker, random) : publishTitle(worker, random);
    }
    return spec && { ...spec, baseUrl: baseUrlOf(worker) };
  };

  return { next, ledger };
};

module.exports = { mixedWorkload, loadTaxonomy, parseBody };
