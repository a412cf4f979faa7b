// Read-your-writes check, run beside the mixed workload: publish a new title, and as soon as
// the write is acknowledged read the article back through every public view that shows it.
// Any old title seen after the acknowledgement is a stale read. The articles edited here are
// kept apart from the workload's own writes, so a newer title from elsewhere cannot interfere.
const { graphqlPath, LIST_PATH, slugPath } = require('./endpoints');
const { sendJson } = require('./http-client');

const PAUSE_MS = 200;
const TIMEOUT_MS = 10_000;

const call = (baseUrl, path, { method, headers, body } = {}) => sendJson(baseUrl, { method, path, headers, body }, TIMEOUT_MS);

/**
 * The title each public view shows for the article. The pages by slug must always show it;
 * the lists only while it is among the newest, so there undefined means "nothing to compare".
 */
const views = (baseUrl, article) => ({
  'REST by slug': { always: true, read: async () => (await call(baseUrl, slugPath(article.slug))).body?.data?.title },
  'GraphQL by slug': {
    always: true,
    read: async () =>
      (await call(baseUrl, graphqlPath(article.slug), { headers: { 'apollo-require-preflight': 'true' } })).body?.data?.articleBySlug
        ?.title,
  },
  'article list': {
    read: async () => (await call(baseUrl, LIST_PATH)).body?.data?.find((item) => item.documentId === article.documentId)?.title,
  },
  'topic page': {
    read: async () =>
      (await call(baseUrl, `/api/topics/slug/${article.topic}`)).body?.data?.articles?.find(
        (item) => item.documentId === article.documentId
      )?.title,
  },
});

/**
 * Starts the loop; `stop()` ends it and resolves with the counts: writes acknowledged, reads
 * checked per view, stale reads (with the first few as examples), and failed writes or reads.
 */
const startStaleCheck = ({ baseUrl, token, articles }) => {
  const stats = { writes: 0, failedWrites: 0, reads: {}, absent: {}, stale: {}, staleExamples: [], failedReads: 0, problems: [] };
  const writeLatencies = [];
  const note = (problem) => stats.problems.length < 3 && stats.problems.push(problem);

  const checkOnce = async (article, title) => {
    const started = performance.now();
    const written = await call(baseUrl, `/api/articles/${article.documentId}?status=published`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ data: { title } }),
    });
    if (written.status !== 200) {
      stats.failedWrites += 1;
      return note(`write ${written.status}: ${written.text.slice(0, 200)}`);
    }
    stats.writes += 1;
    writeLatencies.push(performance.now() - started);
    for (const [view, { always, read }] of Object.entries(views(baseUrl, article))) {
      const seen = await read();
      if (seen === undefined && always) {
        stats.failedReads += 1;
        note(`${view}: no article in the answer`);
        continue;
      }
      const counts = seen === undefined ? stats.absent : stats.reads;
      counts[view] = (counts[view] ?? 0) + 1;
      if (seen === undefined || seen === title) continue;
      stats.stale[view] = (stats.stale[view] ?? 0) + 1;
      if (stats.staleExamples.length < 5) stats.staleExamples.push({ view, expected: title, seen });
    }
  };

  let running = true;
  const loop = async () => {
    for (let n = 0; running; n += 1) {
      const article = articles[n % articles.length];
      await checkOnce(article, `${article.title} (stale check ${n})`.slice(0, 160)).catch((error) => {
        stats.failedReads += 1;
        note(String(error.message ?? error));
      });
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    }
  };
  const done = loop();
  return {
    stop: async () => {
      running = false;
      await done;
      writeLatencies.sort((a, b) => a - b);
      const staleReads = Object.values(stats.stale).reduce((sum, count) => sum + count, 0);
      return { ...stats, staleReads, writeP50Ms: writeLatencies[Math.floor(writeLatencies.length / 2)] ?? null };
    },
  };
};

module.exports = { startStaleCheck };
