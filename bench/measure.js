// One autocannon run against one endpoint, in this (orchestrating) process, while the server's
// resident memory is sampled from /proc: the load generator never shares a process with the
// server it measures.
const autocannon = require('autocannon');
const { rssOf } = require('./processes');

const RSS_SAMPLE_MS = 200;
const REQUEST_TIMEOUT_S = 10;

const fire = (options) =>
  new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });

const sampleRss = (pid) => {
  const samples = [];
  const take = () => {
    const rss = rssOf(pid);
    if (rss !== undefined) samples.push(rss);
  };
  take();
  const timer = setInterval(take, RSS_SAMPLE_MS);
  return () => {
    clearInterval(timer);
    take();
    return { start: samples[0], end: samples[samples.length - 1], peak: Math.max(...samples) };
  };
};

// Writes are counted apart from reads: a failed write is the finding, not a slow read.
const withWriteCounts = (endpoint, requests) => {
  const writes = { total: 0, failed: 0, statusCodes: {}, sample: null };
  if (endpoint.name !== 'mixed') return { requests, writes: null };
  const [request] = requests;
  return {
    writes,
    requests: [
      {
        setupRequest: (next, context) => {
          const built = request.setupRequest(next, context);
          context.isWrite = endpoint.isWrite(built);
          return built;
        },
        onResponse: (status, body, context) => {
          if (!context.isWrite) return;
          writes.total += 1;
          writes.statusCodes[status] = (writes.statusCodes[status] ?? 0) + 1;
          if (status >= 300) {
            writes.failed += 1;
            writes.sample ??= `${status} ${String(body).slice(0, 300)}`;
          }
        },
      },
    ],
  };
};

/**
 * Warms the endpoint for `warmup` seconds, then measures it for `duration` seconds with
 * `connections` concurrent connections. Latencies are in milliseconds, RSS in bytes.
 */
const measureEndpoint = async ({ baseUrl, endpoint, connections, duration, warmup, pid, seed = 1 }) => {
  const base = { url: baseUrl, connections, timeout: REQUEST_TIMEOUT_S };
  if (warmup > 0) await fire({ ...base, duration: warmup, requests: endpoint.requests(seed + 1000) });
  const { requests, writes } = withWriteCounts(endpoint, endpoint.requests(seed));
  const stopRss = pid ? sampleRss(pid) : () => null;
  const result = await fire({ ...base, duration, requests });
  const rss = stopRss();
  return {
    requestsPerSec: result.requests.average,
    totalRequests: result.requests.total,
    latency: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      mean: result.latency.average,
    },
    bytesPerSec: result.throughput.average,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count])),
    rss,
    writes,
  };
};

/** Mixed load for `seconds` with memory read before and after: the leak check. */
const measureMemory = async ({ baseUrl, endpoint, connections, warmup, seconds, pid }) => {
  await fire({ url: baseUrl, connections, duration: warmup, timeout: REQUEST_TIMEOUT_S, requests: endpoint.requests(7) });
  const afterWarmup = rssOf(pid);
  const stopRss = sampleRss(pid);
  const result = await fire({ url: baseUrl, connections, duration: seconds, timeout: REQUEST_TIMEOUT_S, requests: endpoint.requests(8) });
  const rss = stopRss();
  const after = rssOf(pid);
  return {
    seconds,
    afterWarmup,
    after,
    peak: rss.peak,
    ratio: after / afterWarmup,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
};

module.exports = { measureEndpoint, measureMemory };
