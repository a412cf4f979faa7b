// Side-by-side measurement: every server is up at once, and each endpoint is measured in rounds
// that visit the modes in turn (a different mode first in each round), so a busy moment on a
// shared machine lands on one round of one mode rather than on a whole mode. Each mode's
// figures are the medians of its rounds.

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const sum = (values) => values.reduce((total, value) => total + value, 0);

const mergedCounts = (maps) => {
  const merged = {};
  for (const map of maps) for (const [key, value] of Object.entries(map)) merged[key] = (merged[key] ?? 0) + value;
  return merged;
};

/** One measurement from several rounds: medians of rates and latencies, sums of failures, the peak RSS. */
const medianOfRounds = (rounds) => {
  const latency = (field) => median(rounds.map((round) => round.latency[field]));
  const rss = rounds.map((round) => round.rss).filter(Boolean);
  return {
    requestsPerSec: median(rounds.map((round) => round.requestsPerSec)),
    totalRequests: sum(rounds.map((round) => round.totalRequests)),
    latency: {
      p50: latency('p50'),
      p90: latency('p90'),
      p99: latency('p99'),
      max: Math.max(...rounds.map((round) => round.latency.max)),
      mean: latency('mean'),
    },
    bytesPerSec: median(rounds.map((round) => round.bytesPerSec)),
    non2xx: sum(rounds.map((round) => round.non2xx)),
    errors: sum(rounds.map((round) => round.errors)),
    timeouts: sum(rounds.map((round) => round.timeouts)),
    statusCodes: mergedCounts(rounds.map((round) => round.statusCodes)),
    rss: rss.length > 0 ? { start: rss[0].start, end: rss[rss.length - 1].end, peak: Math.max(...rss.map((item) => item.peak)) } : null,
    writes: null,
    rounds: rounds.map((round) => ({ requestsPerSec: round.requestsPerSec, p50: round.latency.p50, p99: round.latency.p99 })),
  };
};

/**
 * One server's req/s over another's on the same endpoint: the median of the two ratios of each
 * round, whose measurements sat next to each other in time; the ratio of the two figures when
 * they were not measured in rounds.
 */
const sideBySideRatio = (measured, against) =>
  measured.rounds?.length > 0 && measured.rounds.length === against.rounds?.length
    ? median(measured.rounds.map((round, index) => round.requestsPerSec / against.rounds[index].requestsPerSec))
    : measured.requestsPerSec / against.requestsPerSec;

/** The modes in the order round `index` visits them: each round starts one further along. */
const rotated = (modes, index) => modes.map((_, position) => modes[(position + index) % modes.length]);

/**
 * Measures every endpoint on every server that answers it, `rounds` times, modes in turn.
 * `serversFor(name)` gives { mode: server } for an endpoint; `measure(server, name, round)` runs
 * one autocannon measurement. Returns { mode: { endpoint: median measurement } }.
 */
const measureInRounds = async ({ names, rounds, serversFor, measure, say }) => {
  const collected = {};
  for (const name of names) {
    const servers = serversFor(name);
    const modes = Object.keys(servers);
    for (let round = 0; round < rounds; round += 1) {
      for (const mode of rotated(modes, round)) {
        const result = await measure(servers[mode], name, round);
        ((collected[mode] ??= {})[name] ??= []).push(result);
        const failed = result.non2xx + result.errors + result.timeouts;
        say(
          `[${mode} round ${round + 1}] ${name}: ${Math.round(result.requestsPerSec)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms${failed ? `, ${failed} failed` : ''}`
        );
      }
    }
  }
  return Object.fromEntries(
    Object.entries(collected).map(([mode, byName]) => [
      mode,
      Object.fromEntries(Object.entries(byName).map(([name, results]) => [name, medianOfRounds(results)])),
    ])
  );
};

module.exports = { measureInRounds, medianOfRounds, median, sideBySideRatio };
