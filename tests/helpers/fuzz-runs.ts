import crypto from 'crypto';
import fs from 'fs';
import path from 'path';
import fc from 'fast-check';

/**
 * Which cases a fuzz test runs, so that the same commit always gives the same result in CI:
 * - by default, a fixed list of seeds (`npm test`);
 * - FUZZ_SEED (with FUZZ_PATH, both printed with every failure) replays one case exactly;
 * - FUZZ_SECONDS (`npm run fuzz`) draws fresh seeds until the time is up, and reports every
 *   failure it met with the command that replays it instead of stopping at the first.
 * FUZZ_RUNS sets the runs per seed.
 */
export type FuzzSuite = {
  /** Names the summary files: rest, graphql, editorial ... */
  name: string;
  /** The test file, for the replay command. */
  file: string;
  seeds: readonly number[];
  runsPerSeed: number;
};

/** A suite running against one database, which names the replay command and the output. */
type FuzzRun = FuzzSuite & { database: string };

export type FuzzFailure = { seed: number; path: string; replay: string; problem: string };

const positiveNumber = (name: string) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : undefined;
};
const runsPerSeed = (suite: FuzzSuite) => Math.floor(positiveNumber('FUZZ_RUNS') ?? suite.runsPerSeed);
const deepSeconds = () => (process.env.FUZZ_SEED === undefined ? positiveNumber('FUZZ_SECONDS') : undefined);

/** Jest's limit for the whole fuzz test: the deep run's time, or generous per request. */
export const fuzzTimeout = (suite: FuzzSuite) => {
  const seconds = deepSeconds();
  if (seconds !== undefined) return (seconds + 180) * 1000;
  const seeds = process.env.FUZZ_SEED === undefined ? suite.seeds.length : 1;
  return 120_000 + seeds * runsPerSeed(suite) * 200;
};

const replayCommand = (suite: FuzzRun, seed: number, counterexamplePath: string) =>
  `FUZZ_SEED=${seed} FUZZ_PATH=${counterexamplePath} TEST_DATABASES=${suite.database} TEST_BROWSER=0 npx jest -c tests/jest.config.js ${suite.file}`;

const outputFile = (suite: FuzzRun) => path.resolve(__dirname, '..', '.output', `fuzz-failures-${suite.name}-${suite.database}.json`);

const writeFailures = (suite: FuzzRun, failures: FuzzFailure[]) => {
  fs.mkdirSync(path.dirname(outputFile(suite)), { recursive: true });
  fs.writeFileSync(outputFile(suite), `${JSON.stringify(failures, null, 2)}\n`);
};

const failureOf = <T>(suite: FuzzRun, details: fc.RunDetails<[T]>): FuzzFailure => {
  const counterexamplePath = details.counterexamplePath ?? '';
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  // The request itself: a POSTed GraphQL document is not in the error's first line.
  const problem = `${error}\n  case: ${JSON.stringify(details.counterexample?.[0]).slice(0, 2000)}`;
  return { seed: details.seed, path: counterexamplePath, replay: replayCommand(suite, details.seed, counterexamplePath), problem };
};

const describeFailures = (suite: FuzzRun, failures: FuzzFailure[]) =>
  failures
    .map(
      (failure, index) =>
        `#${index + 1} ${suite.name} on ${suite.database}, seed ${failure.seed}\n  replay: ${failure.replay}\n  ${failure.problem}`
    )
    .join('\n\n');

/** A seed fast-check accepts (a 32-bit integer), drawn fresh for the deep run. */
const freshSeed = () => crypto.randomBytes(4).readInt32LE(0);

/**
 * Runs a property the way the environment asks (see FuzzSuite). `property` is called once per
 * seed, so per-run state inside it (such as a bound on shrinking) starts afresh.
 */
export const runFuzzer = async <T>(suite: FuzzRun, property: () => fc.IAsyncPropertyWithHooks<[T]>) => {
  const numRuns = runsPerSeed(suite);
  const failures: FuzzFailure[] = [];
  const seconds = deepSeconds();
  const check = (seed: number, extra: Partial<fc.Parameters<[T]>> = {}) => fc.check(property(), { seed, numRuns, ...extra });

  if (process.env.FUZZ_SEED !== undefined) {
    const seed = Number(process.env.FUZZ_SEED);
    const details = await check(seed, process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {});
    if (details.failed) failures.push(failureOf(suite, details));
  } else if (seconds !== undefined) {
    const deadline = Date.now() + seconds * 1000;
    while (Date.now() < deadline) {
      const details = await check(freshSeed(), { interruptAfterTimeLimit: deadline - Date.now(), markInterruptAsFailure: false });
      if (!details.failed) continue;
      failures.push(failureOf(suite, details));
      console.log(`fuzz failure ${describeFailures(suite, failures.slice(-1))}`);
    }
  } else {
    for (const seed of suite.seeds) {
      const details = await check(seed);
      if (details.failed) failures.push(failureOf(suite, details));
    }
  }
  writeFailures(suite, failures);
  if (failures.length > 0) throw new Error(`${failures.length} fuzz failure(s):\n\n${describeFailures(suite, failures)}`);
};
