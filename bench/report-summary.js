// bench/results/README.md: the latest result of every database and size in bench/results (from
// this run or earlier ones), how uncached latency grows with the number of articles, and the
// targets side by side; plus one latency-growth chart per database.
const fs = require('fs');
const path = require('path');
const { lineChart } = require('./chart-svg');
const { DB_NAMES, count, rps, ms, percent, ratio, table, failures, runFileBase } = require('./report-format');
const { runTargets, growth } = require('./targets');

const RESULT_FILE = /^\d{4}-\d{2}-\d{2}-(sqlite|postgres)-\d+\.json$/;

/** The newest result per database and size. */
const latestResults = (outDir) => {
  const latest = new Map();
  for (const file of fs.readdirSync(outDir).filter((name) => RESULT_FILE.test(name))) {
    const result = JSON.parse(fs.readFileSync(path.join(outDir, file), 'utf8'));
    const key = `${result.db}-${result.size}`;
    if (!latest.has(key) || latest.get(key).startedAt < result.startedAt) latest.set(key, result);
  }
  return [...latest.values()].sort((a, b) => a.db.localeCompare(b.db) || a.size - b.size);
};

const overviewTable = (results) =>
  table(
    [
      'Database',
      'Articles',
      'Date',
      'Ceiling list req/s',
      'list off / on req/s',
      'slug-spread off p99 ms',
      'search off p99 ms',
      'mixed failed (off/on)',
      'stale reads (off/on)',
      'Report',
    ],
    results.map((result) => {
      const { ceiling = {}, off = {}, on = {} } = result.modes;
      const stale = (mode) => result.modes[mode]?.mixed?.stale?.staleReads ?? '–';
      return [
        DB_NAMES[result.db],
        count(result.size),
        result.date,
        rps(ceiling.list?.requestsPerSec),
        `${rps(off.list?.requestsPerSec)} / ${rps(on.list?.requestsPerSec)}`,
        ms(off['slug-spread']?.latency.p99),
        ms(off.search?.latency.p99),
        `${failures(off.mixed) ?? '–'} / ${failures(on.mixed) ?? '–'}`,
        `${stale('off')} / ${stale('on')}`,
        `[${runFileBase(result)}.md](${runFileBase(result)}.md)`,
      ];
    })
  );

const growthSection = (db, results, outDir) => {
  const { sizes, rows, targets } = growth(results);
  const chartFile = `latency-growth-${db}.svg`;
  fs.writeFileSync(
    path.join(outDir, chartFile),
    lineChart({
      title: `Uncached p50 (dashed) and p99 latency by size: ${DB_NAMES[db]}`,
      xLabel: 'published articles (log scale)',
      yLabel: 'ms (log scale), cache off',
      xs: sizes,
      lines: rows.flatMap((entry, colour) => [
        { name: `${entry.name} p99`, values: entry.cells.map((cell) => cell?.p99 ?? null), colour },
        { name: `${entry.name} p50`, values: entry.cells.map((cell) => cell?.p50 ?? null), colour, dashed: true },
      ]),
    })
  );
  const growthTable = table(
    [
      'Endpoint (cache off)',
      ...sizes.map((size) => `${count(size)}: p50 / p99 ms`),
      `p99 ${count(sizes[sizes.length - 1])} ÷ ${count(sizes[0])}`,
    ],
    rows.map((entry) => [
      entry.name,
      ...entry.cells.map((cell) => (cell ? `${ms(cell.p50)} / ${ms(cell.p99)}` : '–')),
      ratio(entry.growthRatio),
    ])
  );
  return { text: [`### ${DB_NAMES[db]}`, '', `![latency growth on ${DB_NAMES[db]}](${chartFile})`, '', growthTable].join('\n'), targets };
};

const machineLine = (result) => {
  const { machine } = result;
  return `${machine.cpus} × ${machine.cpuModel}, ${machine.memory}, Node ${machine.node}, Strapi ${machine.strapi}`;
};

/** Rewrites bench/results/README.md and the growth charts from every result file there. */
const writeSummary = (outDir) => {
  const results = latestResults(outDir);
  if (results.length === 0) return null;
  const byDb = Object.groupBy
    ? Object.groupBy(results, (result) => result.db)
    : results.reduce((groups, result) => ({ ...groups, [result.db]: [...(groups[result.db] ?? []), result] }), {});
  const growthParts = Object.entries(byDb).map(([db, list]) => growthSection(db, list, outDir));
  const targetRows = [
    ...results.flatMap((result) =>
      runTargets(result).map((target) => [
        `${DB_NAMES[result.db]} ${count(result.size)}`,
        target.target,
        target.measured,
        target.verdict,
        target.applies,
      ])
    ),
    ...growthParts.flatMap((part) =>
      part.targets.map((target) => ['across sizes', target.target, target.measured, target.verdict, target.applies])
    ),
  ];
  const failing = targetRows.filter((row) => row[3] === 'FAIL' && row[4] === 'yes');
  const text = [
    '# Benchmark results',
    '',
    'Produced by `npm run bench` (see [bench/README.md](../README.md) for what is measured and how). The latest run of each database and size:',
    '',
    overviewTable(results),
    '',
    `Machines: ${[...new Set(results.map(machineLine))].join('; ')}. Commands are in each report.`,
    '',
    '## How uncached latency grows with the number of articles',
    '',
    growthParts.map((part) => part.text).join('\n\n'),
    '',
    '## Targets',
    '',
    failing.length === 0 ? 'No target that applies is failing.' : `${failing.length} target(s) that apply are failing.`,
    '',
    table(['Where', 'Target', 'Measured', 'Verdict', 'Applies'], targetRows),
    '',
    `Ratios to the ceiling compare each endpoint with a bare Node server sending the bytes the app sent for it; ${percent(0.5)} is the target for cached hot reads.`,
  ].join('\n');
  const file = path.join(outDir, 'README.md');
  fs.writeFileSync(file, `${text}\n`);
  return file;
};

module.exports = { writeSummary };
