import fs from 'fs';
import os from 'os';
import path from 'path';
import { importWordPressExport, type WordPressImportSummary } from '../../src/editorial/import/wordpress/import-wordpress';
import { seedDemoContent } from '../../src/operations/seed/seed-demo-content';
import { adminSession, type AdminSession } from '../helpers/admin';
import { startImportCli } from '../helpers/run-script';
import { useTestApp } from '../helpers/strapi';
import { appModule } from '../helpers/compiled';
import type * as ReadModel from '../../src/delivery/read-model/rebuild-read-model';

const FIXTURES = path.resolve(__dirname, '../fixtures/wordpress');
const EXPORT = fs.readFileSync(path.join(FIXTURES, 'clinic-blog.xml'), 'utf8');
const UPLOADS = path.join(FIXTURES, 'clinic-blog-uploads');
type GeneratedExport = { xml: string; manifest: { site: string } };
const generateExport = (options: { posts: number; seed: number }): GeneratedExport =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain Node script, also run from the command line
  require('../fixtures/wordpress/generate-export').generateExport(options);

const MARATHON = 'Why Runners Book Sports Massage Before a Marathon';
const SHINS = 'Shin Splints & Stairs: What Helps in the First Fortnight';

type ImportedArticle = {
  documentId: string;
  title: string;
  slug: string;
  excerpt: string;
  importSourceKey: string;
  originallyPublishedAt: string | null;
  author: { name: string } | null;
  topics: Array<{ slug: string }>;
  conditions: Array<{ slug: string }>;
  seo: { metaTitle: string | null; metaDescription: string | null } | null;
  cover: { alt: string; image: { name: string; folderPath: string } } | null;
  faq: Array<{ question: string }>;
};

describe('importing a WordPress export (WXR)', () => {
  const app = useTestApp();
  let first: WordPressImportSummary;
  let editor: AdminSession;

  const imported = async (): Promise<Record<string, ImportedArticle>> => {
    const rows = (await app.strapi.documents('api::article.article').findMany({
      filters: { importSourceKey: { $startsWith: 'wordpress:blog.northfield-clinic.test:' } },
      populate: { author: true, topics: true, conditions: true, seo: true, faq: true, cover: { populate: { image: true } } },
    })) as unknown as ImportedArticle[];
    return Object.fromEntries(rows.map((row) => [row.title, row]));
  };
  const redirects = async () =>
    (await app.strapi.db
      .query('api::redirect.redirect')
      .findMany({ select: ['from', 'to', 'statusCode', 'origin'], orderBy: { from: 'asc' } })) as Array<{
      from: string;
      to: string;
      origin: string;
    }>;

  beforeAll(async () => {
    await seedDemoContent(app.strapi);
    editor = await adminSession(app, 'editor');
    first = await importWordPressExport(app.strapi, EXPORT, { uploadsDir: UPLOADS });
  });

  it('brings in posts only, as drafts, and says what it left out and why', async () => {
    expect(first).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
    expect(first.skipped).toEqual([
      { file: 'https://blog.northfield-clinic.test/2024/06/new-treatment-room/', reason: expect.stringMatching(/no article text/) },
    ]);
    expect(first.leftOut).toEqual({ page: 1, revision: 1, nav_menu_item: 1, 'trashed or auto-draft': 1 });
    expect(Object.keys(await imported()).sort()).toEqual(['Notes on IT band syndrome', SHINS, MARATHON]);
    expect(
      await app.strapi
        .documents('api::article.article')
        .count({ status: 'published', filters: { importSourceKey: { $startsWith: 'wordpress:' } } })
    ).toBe(0);
  });

  it('maps the author, the categories and tags that are topics or conditions, the excerpt, the SEO fields and the first publication date', async () => {
    const articles = await imported();
    const marathon = articles[MARATHON];
    const shins = articles[SHINS];
    // Hannah Okafor is a seeded author: matched by name, not made twice.
    expect(marathon.author?.name).toBe('Hannah Okafor');
    expect(await app.strapi.db.query('api::author.author').count({ where: { name: 'Hannah Okafor' } })).toBe(1);
    expect(shins.author?.name).toBe('Tom Bellamy');
    expect(first.authorsCreated).toEqual(['Tom Bellamy']);
    expect(marathon.topics.map((topic) => topic.slug)).toEqual(expect.arrayContaining(['running', 'recovery', 'sports-massage']));
    expect(first.unmatchedTerms).toEqual([
      { name: 'Clinic news & events', kind: 'category', posts: 1 },
      { name: 'Marathon training', kind: 'tag', posts: 1 },
    ]);
    expect(shins.conditions.map((condition) => condition.slug)).toEqual(['shin-splints']);
    // A tag named like a condition links the condition, though the post's text never names it.
    expect(marathon.conditions.map((condition) => condition.slug)).toContain('plantar-fasciitis');
    expect(shins.excerpt).toBe('Why shin splints show up when mileage jumps, and the two weeks of changes that usually settle them.');
    expect(shins.seo).toMatchObject({
      metaTitle: 'Shin splints: what helps first',
      metaDescription: expect.stringMatching(/^Two weeks of small changes/),
    });
    expect(marathon.seo).toMatchObject({ metaTitle: null, metaDescription: expect.stringMatching(/^What a sports massage does/) });
    expect(marathon.originallyPublishedAt).toBe('2023-04-17T08:30:00.000Z');
    expect(articles['Notes on IT band syndrome'].originallyPublishedAt).toBeNull();
    expect(marathon.faq.map((item) => item.question)).toEqual([
      'Will a massage the day before the race make me sore?',
      'How often should I book during a training block?',
    ]);
    expect(marathon.slug).toBe('why-runners-book-sports-massage');
  });

  it('uploads the featured image from the uploads folder into a media folder of the same path, with its alt text', async () => {
    const { cover } = (await imported())[MARATHON];
    expect(cover).toMatchObject({ alt: "Therapist working on a runner's calf", image: { name: 'runner-calf-massage.png' } });
    const folder = await app.strapi.db.query('plugin::upload.folder').findOne({ where: { path: cover!.image.folderPath } });
    expect(folder?.name).toBe('04');
    expect(fs.existsSync(path.join(UPLOADS, '2023/04/runner-calf-massage.png'))).toBe(true);
    expect(first.missingImages).toEqual([]);
  });

  it("records each published post's old address as a redirect to its article, and the API lists it", async () => {
    const recorded = (await redirects()).filter((redirect) => redirect.origin === 'import');
    expect(recorded).toEqual([
      { from: '/2021/09/shin-splints-what-helps', to: '/articles/shin-splints-what-helps', statusCode: 301, origin: 'import' },
      {
        from: '/2023/04/why-runners-book-sports-massage',
        to: '/articles/why-runners-book-sports-massage',
        statusCode: 301,
        origin: 'import',
      },
    ]);
    expect(first.redirects).toEqual({ recorded: 2, kept: [] });
    const listed = await app.http().get('/api/redirects');
    expect(listed.status).toBe(200);
    expect(listed.body.data).toEqual(
      expect.arrayContaining([{ from: '/2021/09/shin-splints-what-helps', to: '/articles/shin-splints-what-helps', statusCode: 301 }])
    );
  });

  it('importing the same export again changes nothing: no article, file, author or redirect more', async () => {
    const snapshot = async () => ({
      articles: await app.strapi.db.connection('articles').select('id', 'document_id', 'updated_at').orderBy('id'),
      files: await app.strapi.db.query('plugin::upload.file').count(),
      authors: await app.strapi.db.query('api::author.author').count(),
      redirects: await redirects(),
    });
    const before = await snapshot();
    const again = await importWordPressExport(app.strapi, EXPORT, { uploadsDir: UPLOADS });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3, authorsCreated: [] });
    expect(await snapshot()).toEqual(before);
  });

  it('leaves every page in the read model as the Document Service answers it', async () => {
    const readModel = appModule<typeof ReadModel>(app, 'delivery/read-model/rebuild-read-model');
    const { checked, differences, totals } = await readModel.checkReadModel(app.strapi);
    expect(differences).toEqual([]);
    expect(totals).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  it('a post edited in WordPress since updates its draft; an editor’s own redirect for an old address is kept and reported', async () => {
    // An editor replaces the import's redirect with one of their own.
    const redirectsOf = app.strapi.documents('api::redirect.redirect');
    const [ours] = await redirectsOf.findMany({ filters: { from: '/2021/09/shin-splints-what-helps' } });
    await redirectsOf.delete({ documentId: ours.documentId });
    await redirectsOf.create({ data: { from: '/2021/09/shin-splints-what-helps', to: '/topics/running' } });
    const edited = EXPORT.replace('Cut the longest run by a third', 'Cut the longest run by half');
    const summary = await importWordPressExport(app.strapi, edited, { uploadsDir: UPLOADS });
    expect(summary).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    expect(summary.redirects.kept).toEqual([
      { from: '/2021/09/shin-splints-what-helps', reason: "an editor's redirect to /topics/running is kept" },
    ]);
    expect(JSON.stringify((await imported())[SHINS])).toContain('Cut the longest run by half');
  });

  it('the import page’s endpoint imports an export for an editor, and refuses what is not one', async () => {
    const post = (body: unknown, session?: AdminSession) => {
      const call = app
        .http()
        .post('/editorial/import/wordpress')
        .send(body as object);
      return session ? call.set('Authorization', `Bearer ${session.token}`) : call;
    };
    expect((await post({ content: EXPORT })).status).toBe(401);
    const answered = await post({ content: EXPORT }, editor);
    expect(answered.status).toBe(200);
    // The shin splints post is back to its first wording; the marathon post finds its image in the media library.
    expect(answered.body.data).toMatchObject({ created: 0, updated: 1, unchanged: 2, missingImages: [] });
    for (const body of [
      {},
      { content: '' },
      { content: '<rss><channel/></rss>' },
      { content: EXPORT, types: ['attachment'] },
      { content: 5 },
    ]) {
      const refused = await post(body, editor);
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toEqual(expect.any(String));
    }
  });

  it('killed with SIGKILL halfway through a generated export, a re-run finishes with no duplicate and no half-written article', async () => {
    const { xml, manifest } = generateExport({ posts: 40, seed: 11 });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wxr-crash-')), 'export.xml');
    fs.writeFileSync(file, xml);
    const run = startImportCli([file]);
    while (!/\[(?:[5-9]|\d\d)\/\d+\]/.test(run.output())) {
      if (run.child.exitCode !== null) throw new Error(`The import ended before it could be killed:\n${run.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    run.child.kill('SIGKILL');
    await run.exited;
    const site = new URL(manifest.site).host;
    const rows = async () =>
      (await app.strapi.db
        .query('api::article.article')
        .findMany({ select: ['importSourceKey', 'body'], where: { importSourceKey: { $startsWith: `wordpress:${site}:` } } })) as Array<{
        importSourceKey: string;
        body: unknown[];
      }>;
    const partial = await rows();
    expect(partial.length).toBeGreaterThan(0);

    const rerun = startImportCli([file]);
    expect(await rerun.exited).toBe(0);
    const finished = await rows();
    expect(rerun.output()).toMatch(new RegExp(`unchanged ${partial.length},`));
    expect(new Set(finished.map((row) => row.importSourceKey)).size).toBe(finished.length);
    expect(finished.length).toBeGreaterThan(partial.length);
    for (const row of finished) expect(row.body.length).toBeGreaterThan(0);
  });
});
