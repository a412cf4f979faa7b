#!/usr/bin/env node
// `npm run import -- <file|folder ...> [--source label]`: brings exported blog pages in as drafts.
const path = require('path');
const { runCommand, withStrapi } = require('./lib/with-strapi');

const USAGE = 'Usage: npm run import -- <file|folder ...> [--source <label>] [--json]';

const parseArgs = (argv) => {
  const args = { paths: [], sourceLabel: undefined, json: false };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--source') args.sourceLabel = argv[++i];
    else if (argv[i] === '--json') args.json = true;
    else args.paths.push(argv[i]);
  }
  return args;
};

// A bar on a terminal; one plain line per file elsewhere (CI logs, pipes).
const progressPrinter = () => {
  const isTerminal = process.stdout.isTTY;
  return (done, total, outcome) => {
    const name = path.basename(outcome.file);
    const detail = outcome.status === 'skipped' ? `skipped (${outcome.reason})` : `${outcome.status}: ${outcome.title}`;
    if (!isTerminal) {
      console.log(`[${done}/${total}] ${name} ${detail}`);
      return;
    }
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stdout.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${name.slice(0, 40).padEnd(40)}`);
    if (done === total) process.stdout.write('\n');
  };
};

const printSummary = (summary) => {
  console.log(
    `\nImported ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged}, skipped ${summary.skipped.length}.`
  );
  for (const outcome of summary.outcomes.filter((o) => o.status !== 'skipped')) {
    const links = Object.entries(outcome.linked)
      .filter(([, names]) => names.length > 0)
      .map(([kind, names]) => `${kind}: ${names.join(', ')}`)
      .join('; ');
    const parts = [
      outcome.faqItems ? `${outcome.faqItems} FAQ items` : '',
      outcome.sources ? `${outcome.sources} sources` : '',
      outcome.images.length
        ? `${outcome.images.length} images to upload again (alt text: ${outcome.images.map((image) => `"${image.alt}"`).join(', ')})`
        : '',
    ].filter(Boolean);
    console.log(
      `  ${outcome.status.padEnd(9)} "${outcome.title}" (${outcome.removedChrome} chrome lines removed)${links ? `\n            ${links}` : ''}${parts.length ? `\n            ${parts.join('; ')}` : ''}`
    );
  }
  for (const { file, reason } of summary.skipped) console.log(`  skipped   ${file}: ${reason}`);
  if (summary.unknownTerms.length > 0) {
    console.log('\nTerms that look like conditions or benefits missing from the taxonomy:');
    for (const { term, kind, files } of summary.unknownTerms) console.log(`  ${kind.padEnd(9)} ${term}  (${files.join(', ')})`);
  }
  if (summary.unknownClinics.length > 0) {
    console.log('\nClinics named in booking calls to action that match no clinic location:');
    for (const { name, files } of summary.unknownClinics) console.log(`  ${name}  (${files.join(', ')})`);
  }
};

runCommand(async () => {
  const args = parseArgs(process.argv.slice(2));
  if (args.paths.length === 0) {
    console.error(USAGE);
    return 2;
  }
  return withStrapi(async (app, load) => {
    const { importFiles } = load('editorial/import/import-files');
    const summary = await importFiles(app, args.paths, {
      sourceLabel: args.sourceLabel,
      onProgress: args.json ? undefined : progressPrinter(),
    });
    if (args.json) console.log(JSON.stringify(summary, null, 2));
    else printSummary(summary);
    return summary.skipped.length > 0 && summary.created + summary.updated + summary.unchanged === 0 ? 1 : 0;
  });
});
