// Acknowledged writes read back the way a client reads them: the public article page by slug,
// through whatever answers it (the app, its response cache, nginx). A published title the
// ledger does not allow, or an article that should be there and is not, is a problem.
const http = require('http');
const { sendOne } = require('./load');

const readBack = async (baseUrl, expectations, { concurrency = 8, timeoutMs = 10_000 } = {}) => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const problems = [];
  let checked = 0;
  const queue = expectations.filter((entry) => entry.slug);
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const answer = await sendOne(agent, baseUrl, { path: `/api/articles/slug/${encodeURIComponent(entry.slug)}` }, timeoutMs);
      let title = null;
      if (answer.status === 200) title = JSON.parse(answer.body.toString('utf8')).data?.title ?? null;
      checked += 1;
      const allowed = answer.status === 200 ? entry.published.includes(title) : answer.status === 404 && entry.published.includes(null);
      if (!allowed)
        problems.push(
          `${entry.slug}: ${answer.status || answer.error} ${JSON.stringify(title)}, expected ${entry.published.map((value) => JSON.stringify(value)).join(' or ')}`
        );
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return { checked, problems };
};

module.exports = { readBack };
