// Closed-loop load for the fault scenarios: `connections` loops, each sending its next request
// as soon as the previous one is answered, on keep-alive sockets. Unlike autocannon it keeps a
// line per request (when, how long, what status), so an outage can be read off the timeline,
// and it hands each answer to the request that asked, so a write is only counted once the
// server has acknowledged it.
const http = require('http');

/** Sends one request; resolves with status (0 when none came), headers, body and timings. */
const sendOne = (agent, baseUrl, spec, timeoutMs) =>
  new Promise((resolve) => {
    const started = performance.now();
    const done = (result) => resolve({ ...result, ms: performance.now() - started });
    const request = http.request(
      `${baseUrl}${spec.path}`,
      { method: spec.method ?? 'GET', headers: spec.headers ?? {}, agent, timeout: timeoutMs },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => done({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
        response.on('error', (error) => done({ status: 0, error: error.code ?? error.message }));
      }
    );
    request.on('timeout', () => request.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    request.on('error', (error) => done({ status: 0, error: error.code ?? error.message }));
    request.end(spec.body);
  });

const percentile = (sorted, share) => (sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]);

/**
 * Runs until `durationMs` has passed or `stop()` is called. `next(worker)` returns the next
 * request ({ baseUrl, method, path, headers, body, kind, onAnswer }) or null to idle briefly.
 * Resolves with every request's line and totals per kind and status.
 */
const runLoad = ({ connections, durationMs, next, timeoutMs = 10_000 }) => {
  const agents = new Map();
  const agentFor = (baseUrl) => {
    if (!agents.has(baseUrl)) agents.set(baseUrl, new http.Agent({ keepAlive: true, maxSockets: connections }));
    return agents.get(baseUrl);
  };
  const startedAt = performance.now();
  const deadline = startedAt + durationMs;
  const lines = [];
  let running = true;

  const worker = async (index) => {
    while (running && performance.now() < deadline) {
      const spec = next(index);
      if (!spec) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        continue;
      }
      const at = performance.now() - startedAt;
      const answer = await sendOne(agentFor(spec.baseUrl), spec.baseUrl, spec, timeoutMs);
      lines.push({ at, ms: answer.ms, status: answer.status, kind: spec.kind, error: answer.error, target: spec.baseUrl });
      try {
        spec.onAnswer?.(answer, at);
      } catch (error) {
        lines[lines.length - 1].problem = String(error.message ?? error);
      }
    }
  };

  const done = Promise.all(Array.from({ length: connections }, (_, index) => worker(index))).then(() => {
    for (const agent of agents.values()) agent.destroy();
    return summarise(lines, (performance.now() - startedAt) / 1000);
  });
  return {
    startedAt,
    /** Milliseconds since the load started, on the clock the lines use. */
    now: () => performance.now() - startedAt,
    stop: () => {
      running = false;
      return done;
    },
    done,
  };
};

const summarise = (lines, seconds) => {
  const byStatus = {};
  const byKind = {};
  const errors = {};
  for (const line of lines) {
    byStatus[line.status] = (byStatus[line.status] ?? 0) + 1;
    const kind = (byKind[line.kind] ??= { requests: 0, ok: 0, latencies: [] });
    kind.requests += 1;
    if (line.status >= 200 && line.status < 300) kind.ok += 1;
    kind.latencies.push(line.ms);
    if (line.error) errors[line.error] = (errors[line.error] ?? 0) + 1;
  }
  for (const kind of Object.values(byKind)) {
    kind.latencies.sort((a, b) => a - b);
    kind.p50 = percentile(kind.latencies, 0.5);
    kind.p99 = percentile(kind.latencies, 0.99);
    kind.max = kind.latencies[kind.latencies.length - 1] ?? null;
    delete kind.latencies;
  }
  const serverErrors = lines.filter((line) => line.status >= 500).length;
  return { seconds, requests: lines.length, perSecond: lines.length / seconds, byStatus, byKind, errors, serverErrors, lines };
};

module.exports = { runLoad, sendOne };
