// The command line of `npm run backup` and `npm run restore`: one file (positional or --file)
// and an optional --key. Unknown options are refused rather than taken for a file name.
const parseBackupArgs = (argv) => {
  const args = { file: undefined, key: undefined, help: false, error: undefined };
  const valueOf = (i, name) => {
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('-')) args.error = `${name} needs a value.`;
    return value;
  };
  for (let i = 0; i < argv.length && !args.error; i += 1) {
    const [flag, inline] = argv[i].startsWith('--') ? argv[i].split(/=(.*)/s) : [argv[i], undefined];
    if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag === '--key' || flag === '-k') args.key = inline ?? valueOf(i++, '--key');
    else if (flag === '--file' || flag === '-f') args.file = inline ?? valueOf(i++, '--file');
    else if (flag.startsWith('-')) args.error = `Unknown option ${flag}.`;
    else if (args.file === undefined) args.file = flag;
    else args.error = `Only one file, got ${args.file} and ${flag}.`;
  }
  if (args.key === '') args.error = 'An empty --key would encrypt with nothing.';
  return args;
};

/** Shortens a byte count the way people read file sizes. */
const readableSize = (bytes) => {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
};

/** One line per finished transfer stage, e.g. "  entities        182  (96.3 KB)". */
const printStage = ({ stage, count, bytes }) => console.log(`  ${stage.padEnd(14)} ${String(count).padStart(6)}  (${readableSize(bytes)})`);

module.exports = { parseBackupArgs, printStage, readableSize };
