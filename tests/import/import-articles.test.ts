import fs from 'fs';
import os from 'os';
import path from 'path';
import { importFiles, type ImportSummary } from '../../src/editorial/import/import-files';
import { seedDemoContent } from '../../src/operations/seed/seed-demo-content';
import { startImportCli } from '../helpers/run-script';
import { useTestApp } from '../helpers/strapi';

// The project's own clinic pages (see own-fixtures.unit.test.ts); a fresh clone has them.
const FIXTURES = path.resolve(__dirname, '../fixtures/import');
// Real clinic exports beside some working copies, never in the repository: one case more where present.
const SAMPLES = path.resolve(__dirname, '../../../shared/samples');
const hasSamples = fs.existsSync(SAMPLES);
if (!hasSamples)
  console.warn(`\nShared-sample import case skipped: no ${SAMPLES}. The own fixtures in tests/fixtures/import still cover the import.\n`);
const itIfSamples = hasSamples ? it : it.skip;

const TITLES = [
  'Hamstring Strain: A Sensible Route Back to Running',
  'Neck Pain for Desk Workers: Small Changes That Add Up',
  'Plantar Fasciitis: Easing Morning Heel Pain',
  'Sports Massage for Distance Runners: What a Session Can and Cannot Do',
  'The Week After a Marathon: Recovery Without Guesswork',
  'Why Cyclists Get Tight Calves',
];
// Breadcrumbs, post meta, share and comment prompts, teasers, shop widgets and booking asks
// (with the clinic names and phone numbers they carry) the fixtures wrap their articles in.
const CHROME = [
  /Home [>»]/,
  /Posted (?:in|on)/,
  /Tags:/,
  /Share this/i,
  /Read more/i,
  /Related Posts/i,
  /You (?:may|might) also like/i,
  /Leave a (?:reply|comment)/i,
  /Add to cart/i,
  /Scroll to top/i,
  /book (?:your|now|with)/i,
  /call us/i,
  /Northgate|Kestrel|Harbourside|Millbrook|Redland/,
  /\d{3,4} \d{3} \d{4}|\(555\)/,
];

type Block = { type: string; children: Array<{ text?: string; children?: Array<{ text: string }> }> };
const textOf = (blocks: Block[]) => JSON.stringify(blocks);

describe('importing clinic blogs', () => {
  const app = useTestApp();
  let first: ImportSummary;
  const articles = () => app.strapi.documents('api::article.article');
  const imported = () =>
    articles().findMany({
      filters: { importSourceKey: { $startsWith: 'file:' } },
      populate: ['conditions', 'benefits', 'topics', 'clinicLocations'],
    });

  const byTitle = <T extends Record<string, unknown>>(rows: T[]): Record<string, T> =>
    Object.fromEntries(rows.map((row) => [String(row.title), row]));
  const slugsOf = (terms: Array<{ slug: string }>) => terms.map((term) => term.slug).sort();
  const listShapes = (body: Block[]) =>
    body.filter((block) => block.type === 'list').map((block) => [(block as { format?: string }).format, block.children.length]);

  beforeAll(async () => {
    await seedDemoContent(app.strapi);
    first = await importFiles(app.strapi, [FIXTURES]);
  });

  it('brings each page in as a draft with its own title, and never publishes', async () => {
    expect(first).toMatchObject({ created: TITLES.length, updated: 0, unchanged: 0, skipped: [] });
    expect((await imported()).map((article) => article.title).sort()).toEqual(TITLES);
    expect(await articles().count({ status: 'published', filters: { importSourceKey: { $notNull: true } } })).toBe(0);
    const response = await app
      .http()
      .get('/api/articles')
      .query({ filters: { title: { $in: TITLES } } });
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual([]);
  });

  it('leaves no site chrome in the bodies, and keeps headings, lists and quotes', async () => {
    const rows = await imported();
    const articlesByTitle = byTitle(rows);
    for (const { body } of rows) for (const chrome of CHROME) expect(textOf(body as unknown as Block[])).not.toMatch(chrome);

    const body = (title: string) => articlesByTitle[title].body as unknown as Block[];
    expect(Object.fromEntries(TITLES.map((title) => [title, listShapes(body(title))]))).toEqual({
      'Hamstring Strain: A Sensible Route Back to Running': [
        ['ordered', 4],
        ['unordered', 3],
      ],
      'Neck Pain for Desk Workers: Small Changes That Add Up': [['unordered', 4]],
      'Plantar Fasciitis: Easing Morning Heel Pain': [
        ['ordered', 3],
        ['unordered', 3],
      ],
      'Sports Massage for Distance Runners: What a Session Can and Cannot Do': [['ordered', 5]],
      'The Week After a Marathon: Recovery Without Guesswork': [
        ['unordered', 3],
        ['ordered', 3],
      ],
      'Why Cyclists Get Tight Calves': [
        ['ordered', 3],
        ['unordered', 4],
      ],
    });
    const calves = body('Why Cyclists Get Tight Calves');
    expect(calves.filter((block) => block.type === 'heading').map((block) => (block as { level?: number }).level)).toEqual([2, 2, 3]);
    expect(calves.some((block) => block.type === 'quote')).toBe(true);
    expect(
      body('Sports Massage for Distance Runners: What a Session Can and Cannot Do').filter((block) => block.type === 'heading')
    ).toHaveLength(4);
  });

  it('links the conditions, benefits and topics the text names, and computes reading time', async () => {
    const rows = await imported();
    const articlesByTitle = byTitle(rows);
    const runners = articlesByTitle['Sports Massage for Distance Runners: What a Session Can and Cannot Do'];
    expect(slugsOf(runners.conditions)).toEqual(['it-band-syndrome', 'plantar-fasciitis', 'shin-splints']);
    // Benefits match through their also-known-as names ("range of motion", "muscle tension").
    expect(slugsOf(runners.benefits)).toEqual(['improved-range-of-motion', 'reduced-muscle-tension']);
    expect(slugsOf(runners.topics)).toEqual(['running', 'sports-massage']);
    // Conditions match through aliases too ("Achilles tendinitis", "Delayed onset muscle soreness").
    expect(slugsOf(articlesByTitle['The Week After a Marathon: Recovery Without Guesswork'].conditions)).toEqual([
      'achilles-tendinopathy',
      'doms',
      'runners-knee',
    ]);
    expect(slugsOf(articlesByTitle['Plantar Fasciitis: Easing Morning Heel Pain'].conditions)).toEqual([
      'achilles-tendinopathy',
      'plantar-fasciitis',
    ]);
    expect(articlesByTitle['Neck Pain for Desk Workers: Small Changes That Add Up'].conditions).toEqual([]);
    for (const article of rows) {
      expect(article.readingTimeMinutes).toBeGreaterThan(0);
      expect(article.excerpt.length).toBeGreaterThan(40);
    }
  });

  it('links the clinic a booking ask names when it is one of ours, and reports the others and terms missing from the taxonomy', async () => {
    const recovery = byTitle(await imported())['The Week After a Marathon: Recovery Without Guesswork'];
    expect(recovery.clinicLocations.map((clinic: { name: string }) => clinic.name)).toEqual(['Redland Run Clinic']);
    expect([...first.unknownClinics].sort((x, y) => x.name.localeCompare(y.name))).toEqual([
      { name: 'Harbourside Physio', files: ['hamstring-strain-return-to-running.md', 'plantar-fasciitis-windows.txt'] },
      { name: 'Kestrel Physio', files: ['desk-workers-neck-pain.html'] },
      { name: 'Millbrook Sports Massage', files: ['massage-for-distance-runners.txt'] },
      { name: 'Northgate Sports Therapy', files: ['calf-tightness-in-cyclists.html'] },
    ]);
    expect(first.unknownTerms).toEqual(
      expect.arrayContaining([
        { term: 'neck pain', kind: 'condition', files: ['desk-workers-neck-pain.html'] },
        { term: 'hamstring strain', kind: 'condition', files: ['hamstring-strain-return-to-running.md'] },
      ])
    );
    expect(first.unknownTerms.every((term) => ['condition', 'benefit'].includes(term.kind))).toBe(true);
  });

  it('importing the same files again changes nothing', async () => {
    const before = await app.strapi.db.connection('articles').select('id', 'document_id', 'updated_at').orderBy('id');
    const again = await importFiles(app.strapi, [FIXTURES]);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: TITLES.length, skipped: [] });
    expect(await app.strapi.db.connection('articles').select('id', 'document_id', 'updated_at').orderBy('id')).toEqual(before);
  });

  it('a changed file updates its draft, and a clinic added since is linked', async () => {
    await app.strapi.documents('api::clinic-location.clinic-location').create({
      data: {
        name: 'Northgate Sports Therapy',
        latitude: 53.8,
        longitude: -1.55,
        address: { street: '14 Mill Lane', city: 'Leeds', postalCode: 'LS1 4AB', country: 'United Kingdom' },
      } as never,
    });
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'import-changed-'));
    const original = fs.readFileSync(path.join(FIXTURES, 'calf-tightness-in-cyclists.html'), 'utf8');
    fs.writeFileSync(
      path.join(folder, 'calf-tightness-in-cyclists.html'),
      original.replaceAll('Why Cyclists Get Tight Calves', 'Tight Calves on the Bike: Why They Happen')
    );
    const summary = await importFiles(app.strapi, [folder]);
    expect(summary).toMatchObject({ created: 0, updated: 1 });
    const matches = await articles().findMany({
      filters: { importSourceKey: 'file:calf-tightness-in-cyclists.html' },
      populate: ['clinicLocations'],
    });
    expect(matches).toHaveLength(1);
    expect(matches[0].title).toBe('Tight Calves on the Bike: Why They Happen');
    expect(matches[0].clinicLocations.map((c: { name: string }) => c.name)).toEqual(['Northgate Sports Therapy']);
    expect(summary.unknownClinics).toEqual([]);
  });

  it('skips what it cannot read, with the reason', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'import-bad-'));
    fs.writeFileSync(path.join(folder, 'binary.txt'), Buffer.from([0xff, 0xfe, 0x00, 0xc3]));
    fs.writeFileSync(path.join(folder, 'empty.md'), '   \n');
    fs.writeFileSync(path.join(folder, 'notes.docx'), 'PK');
    const summary = await importFiles(app.strapi, [folder, path.join(folder, 'notes.docx'), path.join(folder, 'missing.txt')]);
    expect(summary.created).toBe(0);
    const reasons = Object.fromEntries(summary.skipped.map(({ file, reason }) => [path.basename(file), reason]));
    expect(reasons['binary.txt']).toMatch(/UTF-8/);
    expect(reasons['empty.md']).toBeTruthy();
    expect(reasons['notes.docx']).toMatch(/not a .txt, .md or .html/);
    expect(reasons['missing.txt']).toMatch(/no such file/);
  });

  it('killed with SIGKILL halfway, a re-run finishes with no duplicate and no half-written article', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'import-crash-'));
    const pages = fs.readdirSync(FIXTURES);
    const total = 30;
    for (let n = 0; n < total; n += 1) {
      const page = pages[n % pages.length];
      fs.copyFileSync(path.join(FIXTURES, page), path.join(folder, `crash-${String(n).padStart(2, '0')}-${page}`));
    }
    const run = startImportCli([folder, '--source', 'crash']);
    while (!/\[(?:[3-9]|\d\d)\/30\]/.test(run.output())) {
      if (run.child.exitCode !== null) throw new Error(`The import ended before it could be killed:\n${run.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    run.child.kill('SIGKILL');
    await run.exited;
    const keys = async () =>
      (await app.strapi.db
        .query('api::article.article')
        .findMany({ select: ['importSourceKey', 'body'], where: { importSourceKey: { $startsWith: 'crash:' } } })) as Array<{
        importSourceKey: string;
        body: Block[];
      }>;
    const partial = await keys();
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(total);

    const rerun = startImportCli([folder, '--source', 'crash']);
    expect(await rerun.exited).toBe(0);
    expect(rerun.output()).toMatch(new RegExp(`Imported ${total - partial.length}, updated 0, unchanged ${partial.length}, skipped 0`));
    const rows = await keys();
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((row) => row.importSourceKey)).size).toBe(total);
    for (const row of rows) expect(row.body.length).toBeGreaterThan(3);
  });

  itIfSamples('the shared clinic samples come in as drafts with their lists, headings, conditions and booking clinics', async () => {
    const summary = await importFiles(app.strapi, [SAMPLES], { sourceLabel: 'shared' });
    expect(summary).toMatchObject({ created: 3, updated: 0, unchanged: 0, skipped: [] });
    const samples = await articles().findMany({
      filters: { importSourceKey: { $startsWith: 'shared:' } },
      populate: ['conditions', 'benefits', 'topics'],
    });
    const bySampleTitle = byTitle(samples);
    expect(Object.keys(bySampleTitle).sort()).toEqual([
      'Benefits of Massage Therapy for Runners',
      'The Benefits of Massage Therapy for Runners',
      'Why Runners Should Consider Regular Massage Therapy',
    ]);
    for (const { body } of samples)
      for (const chrome of [/read more/i, /related posts/i, /book your appointment/i, /call us/i, /visit the rest/i])
        expect(textOf(body as unknown as Block[])).not.toMatch(chrome);
    expect(listShapes(bySampleTitle['The Benefits of Massage Therapy for Runners'].body as unknown as Block[])).toEqual([['ordered', 5]]);
    expect(listShapes(bySampleTitle['Benefits of Massage Therapy for Runners'].body as unknown as Block[])).toEqual([['unordered', 7]]);
    const whyRunners = bySampleTitle['Why Runners Should Consider Regular Massage Therapy'];
    expect((whyRunners.body as unknown as Block[]).filter((block) => block.type === 'heading').length).toBeGreaterThanOrEqual(5);
    expect(slugsOf(whyRunners.conditions)).toEqual(['it-band-syndrome', 'plantar-fasciitis', 'shin-splints']);
    expect(slugsOf(bySampleTitle['The Benefits of Massage Therapy for Runners'].benefits)).toEqual(
      expect.arrayContaining(['improved-range-of-motion', 'pain-relief'])
    );
    expect(summary.unknownClinics.map((clinic) => clinic.name).sort()).toEqual(['Boulder Sports Clinic', 'Therapeutic Kneads']);
  });
});
