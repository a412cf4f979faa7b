#!/usr/bin/env node
// `npm run import -- <file|folder ...> [--source label]`: brings exported blog pages in as drafts.
// `npm run import -- export.xml [--uploads folder] [--types post,page]`: a WordPress export (WXR).
const path = require('path');
const { runCommand, withStrapi } = require('./lib/with-strapi');

const USAGE = [
  'Usage: npm run import -- <file|folder ...> [--source <label>] [--json]',
  '       npm run import -- <wordpress-export.xml> [--uploads <wp-content/uploads folder>] [--types post,page] [--json]',
].join('\n');

const parseArgs = (argv) => {
  const args = { paths: [], sourceLabel: undefined, json: false, uploadsDir: undefined, types: undefined };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--source') args.sourceLabel = argv[++i];
    else if (argv[i] === '--uploads') args.uploadsDir = argv[++i];
    else if (argv[i] === '--types') args.types = (argv[++i] ?? '').split(',').filter(Boolean);
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

const printWordPressSummary = (summary) => {
  const leftOut = Object.entries(summary.leftOut).map(([type, count]) => `${count} ${type}`);
  if (leftOut.length > 0) console.log(`Left out: ${leftOut.join(', ')}.`);
  if (summary.authorsCreated.length > 0) console.log(`Authors created: ${summary.authorsCreated.join(', ')}.`);
  console.log(`Redirects from old addresses: ${summary.redirects.recorded} in place.`);
  for (const { from, reason } of summary.redirects.kept) console.log(`  not recorded ${from}: ${reason}`);
  if (summary.unmatchedTerms.length > 0) {
    console.log('\nCategories and tags that match no topic, condition or benefit (create the topic and import again to link them):');
    for (const { name, kind, posts } of summary.unmatchedTerms) console.log(`  ${kind.padEnd(8)} ${name}  (${posts} posts)`);
  }
  if (summary.missingImages.length > 0) {
    console.log(`\nFeatured images not found${summary.uploadsDir ? '' : ' (give the uploads folder with --uploads)'}:`);
    for (const { post, file } of summary.missingImages) console.log(`  ${file}  (${post})`);
  }
};

const importWordPress = (args) =>
  withStrapi(async (app, load) => {
    const fs = require('fs');
    const { importWordPressExport } = load('editorial/import/wordpress/import-wordpress');
    const [file] = args.paths;
    if (args.uploadsDir && !fs.existsSync(args.uploadsDir)) {
      console.error(`No such uploads folder: ${args.uploadsDir}`);
      return 2;
    }
    const started = Date.now();
    const summary = await importWordPressExport(app, fs.readFileSync(file, 'utf8'), {
      uploadsDir: args.uploadsDir,
      types: args.types,
      onProgress: args.json ? undefined : progressPrinter(),
    });
    if (args.json) {
      console.log(JSON.stringify(summary, null, 2));
    } else {
      printSummary(summary);
      printWordPressSummary({ ...summary, uploadsDir: args.uploadsDir });
      console.log(`\n${summary.outcomes.length} posts in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }
    return summary.skipped.length > 0 && summary.created + summary.updated + summary.unchanged === 0 ? 1 : 0;
  });

runCommand(async () => {
  const args = parseArgs(process.argv.slice(2));
  if (args.paths.length === 0) {
    console.error(USAGE);
    return 2;
  }
  if (args.paths.length === 1 && /\.xml$/i.test(args.paths[0])) return importWordPress(args);
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
