// Checks and facts more than one scenario reports: what the load did, and whether the
// database holds every acknowledged write with nothing duplicated, orphaned or half-written.
const { count, ms } = require('../report-format');
const { listed } = require('./checks');

const statusList = (byStatus) =>
  Object.entries(byStatus)
    .map(([status, n]) => `${status === '0' ? 'no answer' : status}: ${count(n)}`)
    .join(', ');

/** Facts of one load run: requests, rate, statuses, latency of reads and of writes. */
const loadSummary = (findings, load, { warmup } = {}) => {
  findings.fact(
    'requests',
    `${count(load.requests)} in ${Math.round(load.seconds)} s (${count(Math.round(load.perSecond))}/s)${warmup ? `, after ${count(warmup.requests)} in the warm-up` : ''}`
  );
  findings.fact('answers by status', statusList(load.byStatus));
  const kinds = Object.entries(load.byKind).sort(([a], [b]) => a.localeCompare(b));
  findings.fact(
    'by kind (requests, 2xx, p50 / p99 / max ms)',
    kinds.map(([kind, k]) => `${kind} ${count(k.requests)}, ${count(k.ok)}, ${ms(k.p50)} / ${ms(k.p99)} / ${ms(k.max)}`).join('; ')
  );
};

/**
 * Runs the database checks after a scenario (instances stopped) and records them: the ledger's
 * writes, duplicates, orphans, half-written articles and the search index.
 */
const verifyWrites = async (context, findings, databaseUrl, ledger, label, imports = []) => {
  const expectations = ledger ? ledger.expectations() : [];
  const verified = await context.verifyDatabase(databaseUrl, expectations, label, imports);
  if (ledger) {
    findings.fact(
      'writes acknowledged / not acknowledged',
      `${count(ledger.counts.acknowledged)} / ${count(ledger.counts.unacknowledged)}`
    );
    findings.check(
      'every acknowledged write is in the database (query engine)',
      verified.writes.found.length === 0,
      `${count(verified.writes.verified)} of ${count(expectations.length)} documents as acknowledged; problems ${listed(verified.writes.found)}`
    );
  }
  findings.check('no duplicate documents or slugs', verified.duplicates.length === 0, listed(verified.duplicates));
  findings.check(
    'no join or component rows pointing nowhere, no unreferenced component rows',
    verified.orphans.length === 0,
    listed(verified.orphans)
  );
  findings.check(
    'every article the harness wrote is whole (components and relations as sent)',
    verified.incomplete.found.length === 0,
    `${count(verified.incomplete.checked)} rows checked; problems ${listed(verified.incomplete.found)}`
  );
  if (imports.length > 0)
    findings.check(
      'imported articles carry every link the importer reported',
      verified.imports.length === 0,
      `${imports.length} imported articles; problems ${listed(verified.imports)}`
    );
  findings.check('search index matches published articles', verified.search.length === 0, listed(verified.search));
  findings.check(
    "read model's pages match the Document Service's answers",
    verified.readModel.differences.length + verified.readModel.totals.length === 0,
    listed([
      ...verified.readModel.totals,
      ...verified.readModel.differences.map(
        ({ uid, documentId, problem, fields }) => `${uid} ${documentId} ${problem}${fields ? ` (${fields.join(', ')})` : ''}`
      ),
    ])
  );
  findings.fact(
    'articles in the database',
    `${count(verified.articles.documents)} documents, ${count(verified.articles.published)} published`
  );
  return verified;
};

module.exports = { loadSummary, verifyWrites, statusList };
