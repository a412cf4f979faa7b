// The targets, checked against measured numbers. Each row says whether the target is
// meant for this database and size (e.g. the 30 ms slug target is for PostgreSQL at 100k
// articles); elsewhere the verdict is shown for information.
const { failures, ms, percent, ratio } = require('./report-format');
const { sideBySideRatio } = require('./rounds');

// Endpoints with a few keys that stay hot in any cache; spread slugs and GraphQL POSTs are not.
const HOT_GETS = ['list', 'cards', 'slug-hot', 'topic', 'condition', 'search', 'nearby'];
const GROWTH_ENDPOINTS = ['list', 'cards', 'slug-spread', 'topic', 'condition', 'search'];
// The page reads front-ends make for lists and taxonomy pages, served from the read model.
const PAGE_LISTS = ['cards', 'topic', 'condition'];
const LARGE = 100000;
const SMALL = 1000;

const verdict = (ok) => (ok === null || ok === undefined ? 'n/a' : ok ? 'pass' : 'FAIL');
const row = (target, measured, ok, applies) => ({ target, measured, verdict: verdict(ok), applies: applies ? 'yes' : 'informational' });

/** Target rows for one database and size. */
const runTargets = (result) => {
  const { ceiling = {}, vanilla = {}, off = {}, on = {} } = result.modes;
  const atLarge = result.size >= LARGE;
  const tenConnections = result.options.connections === 10;
  const rows = [];
  for (const name of HOT_GETS) {
    if (!on[name] || !ceiling[name]) continue;
    const share = sideBySideRatio(on[name], ceiling[name]);
    rows.push(row(`Cached ${name}: at least 50% of the ceiling's req/s`, percent(share), share >= 0.5, true));
  }
  for (const name of ['slug-spread', 'slug-hot']) {
    if (!off[name]) continue;
    rows.push(
      row(
        `Uncached ${name}: p99 under 30 ms (PostgreSQL, 100k, 10 connections)`,
        `${ms(off[name].latency.p99)} ms`,
        off[name].latency.p99 < 30,
        result.db === 'postgres' && atLarge && tenConnections
      )
    );
  }
  // The app's way to read a page against plain Strapi's way to read the same page and data: the
  // list of cards is the app's card endpoint against the generic list query for the same cards;
  // an article page is the app's page endpoint against the filter query with the page's populate
  // tree. The app answers both generic queries too (on the Document Service, shown for information).
  for (const [name, app, plain, applies] of [
    ['list of cards', 'cards', 'list', true],
    ['article page', 'slug-spread', 'slug-query', true],
    ['generic list query', 'list', 'list', false],
    ['article page as a filter query', 'slug-query', 'slug-query', false],
  ]) {
    if (!off[app] || !vanilla[plain]) continue;
    const times = sideBySideRatio(off[app], vanilla[plain]);
    rows.push(row(`Uncached ${name}: at least 10× plain Strapi's req/s on the same data`, ratio(times), times >= 10, applies));
  }
  for (const name of PAGE_LISTS) {
    if (!off[name]) continue;
    rows.push(row(`Uncached ${name}: p99 under 50 ms (100k)`, `${ms(off[name].latency.p99)} ms`, off[name].latency.p99 < 50, atLarge));
  }
  for (const [mode, measurements] of [
    ['off', off],
    ['on', on],
  ]) {
    if (!measurements.search) continue;
    rows.push(
      row(
        `Search, cache ${mode}: p99 under 50 ms (100k)`,
        `${ms(measurements.search.latency.p99)} ms`,
        measurements.search.latency.p99 < 50,
        atLarge
      )
    );
  }
  for (const mode of ['off', 'on']) {
    const mixed = result.modes[mode]?.mixed;
    if (!mixed) continue;
    const failed = failures(mixed) + (mixed.stale?.failedWrites ?? 0) + (mixed.stale?.failedReads ?? 0);
    rows.push(
      row(
        `Mixed, cache ${mode}: zero errors`,
        `${failed} failed of ${mixed.totalRequests + (mixed.stale?.writes ?? 0)}`,
        failed === 0,
        true
      )
    );
    const stale = (mixed.stale?.staleReads ?? 0) + (result.memory?.[mode]?.stale?.staleReads ?? 0);
    rows.push(
      row(`Mixed, cache ${mode}: no stale read after an acknowledged write`, `${stale} stale`, mixed.stale ? stale === 0 : null, true)
    );
  }
  for (const mode of ['off', 'on']) {
    const memory = result.memory?.[mode];
    if (!memory) continue;
    rows.push(
      row(
        `RSS, cache ${mode}: after ${memory.seconds} s of mixed load within 1.5× of after warm-up`,
        ratio(memory.ratio),
        memory.ratio <= 1.5,
        memory.seconds >= 60
      )
    );
  }
  return rows;
};

/** p50/p99 of the uncached endpoints at each size of one database, and the growth targets. */
const growth = (results) => {
  const sizes = results.map((result) => result.size).sort((a, b) => a - b);
  const bySize = new Map(results.map((result) => [result.size, result]));
  const [smallest, largest] = [sizes[0], sizes[sizes.length - 1]];
  const latencyAt = (name, size) => bySize.get(size)?.modes?.off?.[name]?.latency;
  const endpoints = GROWTH_ENDPOINTS.filter((name) => sizes.some((size) => latencyAt(name, size)));
  const rows = endpoints.map((name) => {
    const growthRatio = latencyAt(name, largest)?.p99 / latencyAt(name, smallest)?.p99;
    return { name, cells: sizes.map((size) => latencyAt(name, size)), growthRatio };
  });
  const targets = rows
    .filter((entry) => PAGE_LISTS.includes(entry.name))
    .map((entry) =>
      row(
        `Uncached ${entry.name}: p99 at ${largest} at most 1.5× p99 at ${smallest}`,
        ratio(entry.growthRatio),
        sizes.length > 1 ? entry.growthRatio <= 1.5 : null,
        smallest <= SMALL && largest >= LARGE
      )
    );
  return { sizes, rows, targets };
};

module.exports = { runTargets, growth };
