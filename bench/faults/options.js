// Command-line options of `npm run faults`.
const { parseArgs } = require('util');

const SCENARIOS = ['soak', 'pg-restart', 'sigkill', 'nginx'];

const USAGE = `Usage: npm run faults -- [options]

  --scenario a,b       subset of: ${SCENARIOS.join(', ')} (default: all, in that order)
  --duration 60        seconds of soak load (after the warm-up)
  --warmup 30          seconds of load before the soak's memory baseline
  --connections 50     concurrent connections of the soak and the outage load
  --write-share 0.1    share of requests that are writes in the mixed load
  --outage 7           seconds PostgreSQL stays down in pg-restart
  --kills 4            SIGKILLs of the app (and of an import) in sigkill
  --size 1000          published articles seeded before the scenarios
  --out bench/results  where the Markdown report goes
`;

const positive = (value, name) => {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new Error(`--${name} must be a positive number`);
  return number;
};

const parseOptions = (argv) => {
  const { values } = parseArgs({
    args: argv,
    options: {
      scenario: { type: 'string', default: SCENARIOS.join(',') },
      duration: { type: 'string', default: '60' },
      warmup: { type: 'string', default: '30' },
      connections: { type: 'string', default: '50' },
      'write-share': { type: 'string', default: '0.1' },
      outage: { type: 'string', default: '7' },
      kills: { type: 'string', default: '4' },
      size: { type: 'string', default: '1000' },
      out: { type: 'string', default: 'bench/results' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return { help: USAGE };
  const chosen = values.scenario
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = chosen.filter((name) => !SCENARIOS.includes(name));
  if (chosen.length === 0 || unknown.length > 0)
    throw new Error(`--scenario: unknown ${unknown.join(', ') || 'empty list'} (allowed: ${SCENARIOS.join(', ')})`);
  const writeShare = positive(values['write-share'], 'write-share');
  if (writeShare > 1) throw new Error('--write-share must be at most 1');
  return {
    scenarios: SCENARIOS.filter((name) => chosen.includes(name)),
    duration: positive(values.duration, 'duration'),
    warmup: Number(values.warmup) >= 0 ? Number(values.warmup) : positive(values.warmup, 'warmup'),
    connections: Math.round(positive(values.connections, 'connections')),
    writeShare,
    outage: positive(values.outage, 'outage'),
    kills: Math.round(positive(values.kills, 'kills')),
    size: Math.round(positive(values.size, 'size')),
    out: values.out,
  };
};

module.exports = { parseOptions, SCENARIOS, USAGE };
