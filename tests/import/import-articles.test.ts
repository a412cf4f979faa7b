import { spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { importFiles, type ImportSummary } from '../../src/editorial/import/import-files';
import { seedDemoContent } from '../../src/operations/seed/seed-demo-content';
import { useTestApp, type TestApp } from '../helpers/strapi';

const SAMPLES = path.resolve(__dirname, '../../../shared/samples');
const ROOT = path.resolve(__dirname, '../..');
const CHROME = [/read more/i, /back to main blog/i, /related posts/i, /book your appointment/i, /call us/i, /blog-cta-image/i, /visit the rest/i, /see some our/i];

type Block = { type: string; children: Array<{ text?: string; children?: Array<{ text: string }> }> };
const textOf = (blocks: Block[]) => JSON.stringify(blocks);

/** The import CLI as a separate process on this test's database, killable mid-run. */
const startImportCli = (args: string[]) => {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/import.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, SKIP_COMPILE: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
};

describe('importing clinic blogs', () => {
  const app = useTestApp();
  let first: ImportSummary;
  const articles = () => app.strapi.documents('api::article.article');
  const imported = () => articles().findMany({ filters: { importSourceKey: { $startsWith: 'file:' } }, populate: ['conditions', 'benefits', 'topics', 'clinicLocations'] });

  beforeAll(async () => {
    await seedDemoContent(app.strapi);
    first = await importFiles(app.strapi, [SAMPLES]);
  });

  it('brings each sample in as a draft with its own title, and never publishes', async () => {
    expect(first).toMatchObject({ created: 3, updated: 0, unchanged: 0, skipped: [] });
    const titles = (await imported()).map((article) => article.title).sort();
    expect(titles).toEqual([
      'Benefits of Massage Therapy for Runners',
      'The Benefits of Massage Therapy for Runners',
      'Why Runners Should Consider Regular Massage Therapy',
    ]);
    expect(await articles().count({ status: 'published', filters: { importSourceKey: { $notNull: true } } })).toBe(0);
    const response = await app.http().get('/api/articles').query({ filters: { title: { $contains: 'Massage Therapy' } } });
    expect(response.body.data).toEqual([]);
  });

  it('leaves no site chrome in the bodies, and keeps headings and lists', async () => {
    const bySlug: Record<string, Block[]> = Object.fromEntries((await imported()).map((article) => [article.slug, article.body as unknown as Block[]]));
    for (const body of Object.values(bySlug)) for (const chrome of CHROME) expect(textOf(body)).not.toMatch(chrome);

    const numbered = bySlug['the-benefits-of-massage-therapy-for-runners'].find((block) => block.type === 'list');
    expect(numbered?.children).toHaveLength(5);
    const bulleted = bySlug['benefits-of-massage-therapy-for-runners'].find((block) => block.type === 'list');
    expect(bulleted?.children).toHaveLength(7);
    const headings = bySlug['why-runners-should-consider-regular-massage-therapy'].filter((block) => block.type === 'heading');
    expect(headings.length).toBeGreaterThanOrEqual(5);
  });

  it('links the conditions the text names and computes reading time', async () => {
    const [article] = (await imported()).filter((a) => a.title === 'Why Runners Should Consider Regular Massage Therapy');
    expect(article.conditions.map((c: { slug: string }) => c.slug).sort()).toEqual(['it-band-syndrome', 'plantar-fasciitis', 'shin-splints']);
    expect(article.topics.map((t: { slug: string }) => t.slug)).toContain('running');
    expect(article.readingTimeMinutes).toBeGreaterThan(0);
    expect(article.excerpt.length).toBeGreaterThan(40);
    // Benefits match through their also-known-as names ("range of motion", "reduce pain").
    const [listicle] = (await imported()).filter((a) => a.title === 'The Benefits of Massage Therapy for Runners');
    expect(listicle.benefits.map((b: { slug: string }) => b.slug)).toEqual(expect.arrayContaining(['improved-range-of-motion', 'pain-relief']));
  });

  it('reports booking clinics it cannot match and terms missing from the taxonomy', () => {
    expect(first.unknownClinics.map((clinic) => clinic.name).sort()).toEqual(['Boulder Sports Clinic', 'Therapeutic Kneads']);
    expect(first.unknownTerms.length).toBeGreaterThan(0);
    expect(first.unknownTerms.every((term) => ['condition', 'benefit'].includes(term.kind))).toBe(true);
  });

  it('importing the same files again changes nothing', async () => {
    const before = await app.strapi.db.connection('articles').select('id', 'document_id', 'updated_at').orderBy('id');
    const again = await importFiles(app.strapi, [SAMPLES]);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await app.strapi.db.connection('articles').select('id', 'document_id', 'updated_at').orderBy('id')).toEqual(before);
  });

  it('a changed file updates its draft, and a clinic added since is linked', async () => {
    await app.strapi.documents('api::clinic-location.clinic-location').create({
      data: {
        name: 'Boulder Sports Clinic',
        latitude: 40.01,
        longitude: -105.27,
        address: { street: '1 Pearl St', city: 'Boulder', postalCode: '80302', country: 'United States' },
      } as never,
    });
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'import-changed-'));
    const original = fs.readFileSync(path.join(SAMPLES, 'clinic-blog-massage-for-runners.txt'), 'utf8');
    fs.writeFileSync(path.join(folder, 'clinic-blog-massage-for-runners.txt'), original.replace('Benefits of Massage Therapy for Runners', 'Massage Therapy for Runners: The Benefits'));
    const summary = await importFiles(app.strapi, [folder]);
    expect(summary).toMatchObject({ created: 0, updated: 1 });
    const matches = await articles().findMany({ filters: { importSourceKey: 'file:clinic-blog-massage-for-runners.txt' }, populate: ['clinicLocations'] });
    expect(matches).toHaveLength(1);
    expect(matches[0].title).toBe('Massage Therapy for Runners: The Benefits');
    expect(matches[0].clinicLocations.map((c: { name: string }) => c.name)).toEqual(['Boulder Sports Clinic']);
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
    const samples = fs.readdirSync(SAMPLES);
    const total = 30;
    for (let n = 0; n < total; n += 1) {
      const sample = fs.readFileSync(path.join(SAMPLES, samples[n % samples.length]), 'utf8');
      fs.writeFileSync(path.join(folder, `crash-${String(n).padStart(2, '0')}.txt`), `Clinic post number ${n}\n\n${sample}`);
    }
    const run = startImportCli([folder, '--source', 'crash']);
    while (!/\[(?:[3-9]|\d\d)\/30\]/.test(run.output())) {
      if (run.child.exitCode !== null) throw new Error(`The import ended before it could be killed:\n${run.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    run.child.kill('SIGKILL');
    await run.exited;
    const keys = async () =>
      (await app.strapi.db.query('api::article.article').findMany({ select: ['importSourceKey', 'body'], where: { importSourceKey: { $startsWith: 'crash:' } } })) as Array<{ importSourceKey: string; body: Block[] }>;
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
});
