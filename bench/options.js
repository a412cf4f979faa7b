// Command-line options of `npm run bench`.
const { parseArgs } = require('util');
const { ENDPOINT_NAMES } = require('./endpoints');

const DEFAULT_SIZES = { postgres: [1000, 10000, 100000], sqlite: [1000, 10000] };
const MODES = ['ceiling', 'vanilla', 'off', 'on'];

const USAGE = `Usage: npm run bench -- [options]

  --db sqlite,postgres     databases to run on (default: both)
  --sizes 1000,10000       numbers of published articles (default: 1k,10k,100k on PostgreSQL;
                           1k,10k on SQLite)
  --duration 10            seconds measured per endpoint and mode
  --warmup 2               seconds of warm-up before each measurement
  --rounds 3               rounds per endpoint, the modes measured in turn in each; the report
                           gives each mode's medians
  --connections 10         concurrent connections
  --endpoints a,b          subset of: ${ENDPOINT_NAMES.join(', ')}
  --modes ceiling,vanilla,off,on   the bare Node ceiling, plain Strapi with the project's schema on
                           a copy of the data (list and slug-query only), the app with
                           RESPONSE_CACHE=off, and =on
  --rss-run 60             seconds of mixed load for the memory check (0 skips it)
  --no-explain             skip EXPLAIN plans (taken on PostgreSQL at the largest size)
  --reseed                 seed again even when a seeded database exists in bench/.work
  --out bench/results      where the reports go
`;

const list = (value, allowed, name) => {
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  const unknown = items.filter((item) => allowed && !allowed.includes(item));
  if (items.length === 0 || unknown.length > 0)
    throw new Error(`--${name}: unknown ${unknown.join(', ') || 'empty list'} (allowed: ${(allowed ?? ['numbers']).join(', ')})`);
  return items;
};

const positive = (value, name, { allowZero = false } = {}) => {
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0 || (!allowZero && number === 0))
    throw new Error(`--${name} must be a ${allowZero ? 'non-negative' : 'positive'} number`);
  return number;
};

const parseOptions = (argv) => {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string', default: 'sqlite,postgres' },
      sizes: { type: 'string' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      rounds: { type: 'string', default: '3' },
      connections: { type: 'string', default: '10' },
      endpoints: { type: 'string', default: ENDPOINT_NAMES.join(',') },
      modes: { type: 'string', default: MODES.join(',') },
      'rss-run': { type: 'string', default: '60' },
      'no-explain': { type: 'boolean', default: false },
      reseed: { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench/results' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return { help: USAGE };
  const dbs = list(values.db, ['sqlite', 'postgres'], 'db');
  const sizes = values.sizes ? list(values.sizes, null, 'sizes').map((size) => Math.round(positive(size, 'sizes'))) : null;
  const chosen = list(values.endpoints, ENDPOINT_NAMES, 'endpoints');
  return {
    dbs,
    sizesOf: (db) => [...new Set(sizes ?? DEFAULT_SIZES[db])].sort((a, b) => a - b),
    duration: positive(values.duration, 'duration'),
    warmup: positive(values.warmup, 'warmup', { allowZero: true }),
    rounds: Math.round(positive(values.rounds, 'rounds')),
    connections: Math.round(positive(values.connections, 'connections')),
    // Kept in the canonical order, so reports line up whatever order they were typed in.
    endpoints: ENDPOINT_NAMES.filter((name) => chosen.includes(name)),
    modes: MODES.filter((mode) => list(values.modes, MODES, 'modes').includes(mode)),
    rssRun: positive(values['rss-run'], 'rss-run', { allowZero: true }),
    explain: !values['no-explain'],
    reseed: values.reseed,
    out: values.out,
  };
};

module.exports = { parseOptions, USAGE };
