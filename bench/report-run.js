// The report of one database and size: bench/results/<date>-<db>-<size>.md, with the raw
// numbers beside it (.json, for the summary and later comparison) and a req/s chart (.svg).
const fs = require('fs');
const path = require('path');
const { barChart } = require('./chart-svg');
const { DB_NAMES, MODE_NAMES, count, rps, ms, mb, ratio, percent, table, runFileBase } = require('./report-format');
const { runTargets } = require('./targets');
const { sideBySideRatio } = require('./rounds');

const MODES = ['ceiling', 'vanilla', 'off', 'on'];

const header = (result) => {
  const { machine, options, seeding } = result;
  const rows = seeding.rows ?? {};
  return [
    `# ${DB_NAMES[result.db]}, ${count(result.size)} articles (${result.date})`,
    '',
    `\`${result.command}\``,
    '',
    `${machine.cpus} × ${machine.cpuModel}, ${machine.memory}, ${machine.os}; Node ${machine.node}, Strapi ${machine.strapi}, ${machine.database}, autocannon ${machine.autocannon}.`,
    `${options.connections} connections, ${options.duration} s per endpoint after a ${options.warmup} s warm-up; the app runs with NODE_ENV=production in its own process, autocannon in the orchestrating one.` +
      (options.rounds > 1
        ? ` All servers run side by side: each endpoint was measured in ${options.rounds} rounds visiting the modes in turn, and every figure below is the median of its rounds (failures are summed); a share or ratio between two modes is the median of their ratios round by round.`
        : ''),
    '',
    `Data: ${count(result.size)} published articles (${count(rows.articles)} rows with their drafts), ${count(rows.articles_topics_lnk)} topic links, ` +
      `${count(rows.articles_cmps)} component links, ${count(rows.search_entries)} search entries; ` +
      (seeding.reused
        ? `seeded on ${seeding.seededAt.slice(0, 10)} in ${seeding.seedSeconds} s and reused.`
        : `seeded by this run in ${seeding.seedSeconds} s.`) +
      (seeding.readModelSeconds === undefined ? '' : ` The read model's pages were rendered in ${seeding.readModelSeconds} s of that.`),
  ].join('\n');
};

const throughputTable = (result) => {
  const rows = [];
  for (const name of result.options.endpoints) {
    const measuredModes = MODES.filter((mode) => result.modes[mode]?.[name]);
    for (const mode of measuredModes) {
      const measured = result.modes[mode][name];
      const ceiling = result.modes.ceiling?.[name];
      rows.push([
        mode === measuredModes[0] ? `**${name}**` : '',
        MODE_NAMES[mode],
        rps(measured.requestsPerSec),
        ceiling && mode !== 'ceiling' ? percent(sideBySideRatio(measured, ceiling)) : '',
        ms(measured.latency.p50),
        ms(measured.latency.p99),
        measured.non2xx,
        measured.errors,
        measured.timeouts,
        mb(measured.rss?.peak),
      ]);
    }
  }
  return table(['Endpoint', 'Mode', 'req/s', 'vs ceiling', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'timeouts', 'peak RSS'], rows);
};

const endpointList = (result) =>
  result.options.endpoints
    .map((name) => `- \`${name}\`: ${result.labels[name]}${result.paths[name] ? ` — \`${result.paths[name]}\`` : ''}`)
    .join('\n');

const mixedSection = (result) => {
  const rows = ['off', 'on'].flatMap((mode) => {
    const mixed = result.modes[mode]?.mixed;
    if (!mixed) return [];
    const stale = mixed.stale ?? {};
    const checked = Object.entries(stale.reads ?? {})
      .map(([view, n]) => `${view} ${n}`)
      .join(', ');
    return [
      [
        MODE_NAMES[mode],
        `${mixed.writes?.total ?? 0} (${mixed.writes?.failed ?? 0} failed)`,
        `${stale.writes ?? 0} (${stale.failedWrites ?? 0} failed)`,
        ms(stale.writeP50Ms),
        checked || '–',
        stale.staleReads ?? '–',
        stale.failedReads ?? '–',
      ],
    ];
  });
  if (rows.length === 0) return '';
  const notes = ['off', 'on'].flatMap((mode) => {
    const mixed = result.modes[mode]?.mixed;
    return [
      ...(mixed?.writes?.sample ? [`- cache ${mode}, first failed workload write: \`${mixed.writes.sample}\``] : []),
      ...(mixed?.stale?.staleExamples ?? []).map(
        (example) => `- cache ${mode}, stale ${example.view}: expected "${example.expected}", saw "${example.seen}"`
      ),
      ...(mixed?.stale?.problems ?? []).map((problem) => `- cache ${mode}, stale check: \`${problem}\``),
    ];
  });
  return [
    '## Mixed workload: writes and read-your-writes',
    '',
    'Writes are `PUT /api/articles/:documentId?status=published` with a new title and a full-access token. Beside the workload, a check loop publishes a new title on one of 20 articles the workload never writes, and as soon as the write is acknowledged reads that article by slug (REST and GraphQL) and, when it is among the newest, in the article list and its topic page; any old title is a stale read.',
    '',
    table(['Mode', 'Workload writes', 'Check writes', 'Check write p50 ms', 'Reads checked', 'Stale reads', 'Failed checks'], rows),
    ...(notes.length > 0 ? ['', ...notes] : []),
  ].join('\n');
};

const memorySection = (result) => {
  const rows = ['off', 'on'].flatMap((mode) => {
    const memory = result.memory?.[mode];
    return memory
      ? [
          [
            MODE_NAMES[mode],
            mb(memory.afterWarmup),
            mb(memory.after),
            mb(memory.peak),
            ratio(memory.ratio),
            count(memory.requests),
            memory.non2xx + memory.errors,
            memory.stale?.staleReads ?? '–',
          ],
        ]
      : [];
  });
  if (rows.length === 0) return '';
  const seconds = Object.values(result.memory)[0].seconds;
  return [
    '## Memory',
    '',
    `RSS (VmRSS) of the app process after a short mixed warm-up, then after ${seconds} s more of the mixed workload.`,
    '',
    table(['Mode', 'After warm-up', `After ${seconds} s`, 'Peak', 'Ratio', 'Requests', 'Failed', 'Stale reads'], rows),
  ].join('\n');
};

const explainSection = (result) => {
  if (!result.explain) return '';
  const parts = [
    '## EXPLAIN (ANALYZE, BUFFERS) at this size',
    '',
    'The SQL the app ran for one request of each endpoint (after a first request that warms its own caches), each read query explained on the same database. Seq scans of the small taxonomy tables are expected; on `articles`, the link tables or `search_entries` they are not.',
  ];
  for (const entry of result.explain) {
    parts.push(
      '',
      `### ${entry.endpoint}: \`${entry.path.slice(0, 120)}\``,
      '',
      `${entry.queryCount} queries for one request (status ${entry.status}); the distinct reads:`,
      ''
    );
    parts.push(
      table(
        ['#', 'Query', 'ms', 'Indexes used', 'Seq scans (rows)'],
        entry.queries.map((query, index) => [
          index + 1,
          `\`${query.sql.replace(/\s+/g, ' ').slice(0, 90)}…\``,
          ms(query.executionMs),
          query.indexes.join(', ') || '–',
          query.seqScans.map((scan) => `${scan.table} (${count(scan.rows * scan.loops)})`).join(', ') || '–',
        ])
      )
    );
    entry.queries.forEach((query, index) =>
      parts.push(
        '',
        `<details><summary>Query ${index + 1}: plan</summary>`,
        '',
        '```sql',
        query.sql,
        '```',
        '',
        `Bindings: \`${JSON.stringify(query.bindings).slice(0, 400)}\``,
        '',
        '```',
        query.plan,
        '```',
        '',
        '</details>'
      )
    );
  }
  return parts.join('\n');
};

const chart = (result) =>
  barChart({
    title: `req/s by endpoint: ${DB_NAMES[result.db]}, ${count(result.size)} articles`,
    yLabel: 'requests per second (log scale)',
    series: MODES.map((mode) => MODE_NAMES[mode]),
    groups: result.options.endpoints.map((name) => ({
      label: name,
      values: MODES.map((mode) => result.modes[mode]?.[name]?.requestsPerSec ?? null),
    })),
  });

/** Writes the Markdown, JSON and SVG of one run; returns the Markdown file's path. */
const writeRunReport = (result, outDir) => {
  fs.mkdirSync(outDir, { recursive: true });
  const base = runFileBase(result);
  const targets = runTargets(result);
  const checks = table(
    ['Endpoint', 'Status', 'Bytes', 'Answer as expected'],
    result.checks.map((check) => [check.endpoint, check.status, count(check.bytes), check.ok ? 'yes' : `**no**: ${check.problem ?? ''}`])
  );
  const sections = [
    header(result),
    ...(result.aborted ? [`**Not measured:** ${result.aborted}`] : []),
    '## Targets',
    '',
    table(
      ['Target', 'Measured', 'Verdict', 'Applies here'],
      targets.map((t) => [t.target, t.measured, t.verdict, t.applies])
    ),
    '## Throughput and latency',
    '',
    `![req/s per endpoint and mode](${base}.svg)`,
    '',
    throughputTable(result),
    '',
    'Endpoints:',
    '',
    endpointList(result),
    mixedSection(result),
    memorySection(result),
    '## Checks before measuring',
    '',
    'Each endpoint answered once with the cache off, on the seeded data; the ceiling serves these exact bytes.',
    '',
    checks,
    explainSection(result),
    ...(result.notes.length > 0 ? ['## Notes', '', result.notes.map((note) => `- ${note}`).join('\n')] : []),
  ].filter(Boolean);
  const file = path.join(outDir, `${base}.md`);
  fs.writeFileSync(file, `${sections.join('\n\n').replace(/\n{3,}/g, '\n\n')}\n`);
  fs.writeFileSync(path.join(outDir, `${base}.json`), `${JSON.stringify(result, null, 1)}\n`);
  fs.writeFileSync(path.join(outDir, `${base}.svg`), chart(result));
  return file;
};

module.exports = { writeRunReport };
