// Soak: mixed reads and writes at `connections` for `duration` seconds on PostgreSQL. No 5xx,
// every acknowledged write present afterwards (query engine and public API), memory stable.
const { mb } = require('../report-format');
const { createFindings, listed } = require('./checks');
const { runLoad } = require('./load');
const { readBack } = require('./read-back');
const { loadSummary, verifyWrites } = require('./verdicts');
const { loadTaxonomy, mixedWorkload } = require('./workload');

// Memory after the run may be at most this multiple of memory after the warm-up.
const RSS_GROWTH_LIMIT = 1.5;
const RSS_SAMPLE_MS = 200;
const RSS_REPORT_EVERY_S = 10;

/** The app's RSS every RSS_SAMPLE_MS until stopped: peak, end, and one value per RSS_REPORT_EVERY_S. */
const sampleRss = (app) => {
  const started = Date.now();
  const samples = [];
  const take = () => {
    const rss = app.rss();
    if (rss !== undefined) samples.push({ second: (Date.now() - started) / 1000, rss });
  };
  take();
  const timer = setInterval(take, RSS_SAMPLE_MS);
  return () => {
    clearInterval(timer);
    take();
    const series = samples.filter(
      (sample, index) =>
        index === 0 || Math.floor(sample.second / RSS_REPORT_EVERY_S) > Math.floor(samples[index - 1].second / RSS_REPORT_EVERY_S)
    );
    return { peak: Math.max(...samples.map((sample) => sample.rss)), end: samples[samples.length - 1].rss, series };
  };
};

const soak = async (context) => {
  const { options, manifest, say } = context;
  const findings = createFindings(`${options.duration} s of mixed reads and writes at ${options.connections} connections`);
  const databaseUrl = await context.freshDatabase('faults_soak');
  const taxonomy = await loadTaxonomy(databaseUrl);
  const app = await context.startApp(databaseUrl, 'soak-app');
  const workload = mixedWorkload({
    manifest,
    taxonomy,
    baseUrlOf: () => app.baseUrl,
    connections: options.connections,
    writeShare: options.writeShare,
    tag: 'soak',
  });
  let ledger;
  try {
    const rssAtStart = app.rss();
    const warmup = await runLoad({ connections: options.connections, durationMs: options.warmup * 1000, next: workload.next }).done;
    const rssAfterWarmup = app.rss();
    say(`[soak] warm-up: ${warmup.requests} requests; measuring for ${options.duration} s ...`);
    const stopSampling = sampleRss(app);
    const load = await runLoad({ connections: options.connections, durationMs: options.duration * 1000, next: workload.next }).done;
    const rss = stopSampling();
    say(
      `[soak] ${load.requests} requests (${Math.round(load.perSecond)}/s), ${load.serverErrors} 5xx, ${Object.keys(load.errors).length ? JSON.stringify(load.errors) : 'no socket errors'}`
    );

    loadSummary(findings, load, { warmup });
    findings.check(
      'no 5xx during warm-up and soak',
      warmup.serverErrors + load.serverErrors === 0,
      `${warmup.serverErrors + load.serverErrors} of ${warmup.requests + load.requests}`
    );
    const socketFailures = (warmup.byStatus[0] ?? 0) + (load.byStatus[0] ?? 0);
    findings.check(
      'no socket errors or timeouts',
      socketFailures === 0,
      socketFailures === 0 ? 'none' : JSON.stringify({ ...warmup.errors, ...load.errors })
    );
    const ratio = rss.end / rssAfterWarmup;
    findings.fact(
      'RSS at start / after warm-up / peak / end',
      `${mb(rssAtStart)} / ${mb(rssAfterWarmup)} / ${mb(rss.peak)} / ${mb(rss.end)}`
    );
    findings.fact(
      `RSS every ${RSS_REPORT_EVERY_S} s of the soak`,
      rss.series.map((sample) => `${Math.round(sample.second)} s ${mb(sample.rss)}`).join(', ')
    );
    findings.check(`memory stable: end within ${RSS_GROWTH_LIMIT}× of after warm-up`, ratio <= RSS_GROWTH_LIMIT, `${ratio.toFixed(2)}×`);

    ledger = workload.ledger;
    const publicReads = await readBack(app.baseUrl, ledger.expectations());
    findings.check(
      'every acknowledged write is seen through the public API',
      publicReads.problems.length === 0,
      `${publicReads.checked} articles read back; problems ${listed(publicReads.problems)}`
    );
  } finally {
    await app.stop();
  }
  await verifyWrites(context, findings, databaseUrl, ledger, 'soak');
  return findings;
};

module.exports = { soak };
