#!/usr/bin/env node
// `npm run quality [-- --json]`: the editorial quality report for every article.
const { runCommand, withStrapi } = require('./lib/with-strapi');

const printReport = (report) => {
  for (const article of report.articles) {
    const { fleschReadingEase, grade } = article.readability;
    console.log(`\n${article.title}\n  ${article.readingTimeMinutes} min read; readability ${fleschReadingEase} (${grade})`);
    for (const piece of article.missing) console.log(`  missing: ${piece}`);
    for (const claim of article.healthClaims)
      console.log(`  claim (${claim.severity}, ${claim.ruleId}): "${claim.sentence}"\n    ${claim.why}`);
  }
  if (report.nearDuplicates.length > 0) {
    console.log('\nNear-duplicate articles:');
    for (const { a, b, similarity } of report.nearDuplicates) console.log(`  ${similarity.toFixed(2)}  "${a.title}"  ~  "${b.title}"`);
  }
  for (const { ruleId, error } of report.invalidRules) console.log(`\nRule ${ruleId} was skipped: ${error}`);
};

runCommand(() =>
  withStrapi(async (app, load) => {
    const report = await load('editorial/quality/quality-report').qualityReport(app);
    if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
    else printReport(report);
  })
);
