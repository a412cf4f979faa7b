// Number formats and Markdown tables shared by the run reports and the summary.
const DB_NAMES = { postgres: 'PostgreSQL', sqlite: 'SQLite' };
const MODE_NAMES = { ceiling: 'ceiling (bare Node)', vanilla: 'plain Strapi, same schema', off: 'app, cache off', on: 'app, cache on' };

const count = (value) => (value === null || value === undefined ? '–' : Number(value).toLocaleString('en-GB'));
const rps = (value) => (value === null || value === undefined ? '–' : Math.round(value).toLocaleString('en-GB'));
// Autocannon records whole milliseconds: 0 means under one.
const ms = (value) =>
  value === null || value === undefined || Number.isNaN(value)
    ? '–'
    : value === 0
      ? '<1'
      : value >= 100
        ? String(Math.round(value))
        : String(Math.round(value * 10) / 10);
const mb = (bytes) => (bytes === null || bytes === undefined ? '–' : `${Math.round(bytes / 1048576)} MB`);
const ratio = (value, digits = 2) => (value === null || value === undefined || !Number.isFinite(value) ? '–' : `${value.toFixed(digits)}×`);
const percent = (value) => (value === null || value === undefined || !Number.isFinite(value) ? '–' : `${Math.round(value * 100)}%`);

const table = (headers, rows) =>
  [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map(
      (row) =>
        `| ${row
          .map((cell) =>
            String(cell ?? '–')
              .replace(/\|/g, '\\|')
              .replace(/\n/g, ' ')
          )
          .join(' | ')} |`
    ),
  ].join('\n');

/** Non-2xx answers, socket errors and timeouts of one measurement, as one number. */
const failures = (measurement) => (measurement ? measurement.non2xx + measurement.errors + measurement.timeouts : null);

const runFileBase = (result) => `${result.date}-${result.db}-${result.size}`;

module.exports = { DB_NAMES, MODE_NAMES, count, rps, ms, mb, ratio, percent, table, failures, runFileBase };
