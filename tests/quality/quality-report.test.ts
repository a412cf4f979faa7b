import fs from 'fs';
import path from 'path';
import { seedDemoContent } from '../../src/operations/seed/seed-demo-content';
import { useTestApp } from '../helpers/strapi';
import { adminSession, contentManager, type AdminSession } from '../helpers/admin';

const FIXTURES = path.resolve(__dirname, '../fixtures/import');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

type ArticleQuality = {
  title: string;
  missing: string[];
  readability: { fleschReadingEase: number; grade: string };
  readingTimeMinutes: number;
  healthClaims: Array<{ ruleId: string; sentence: string; severity: string }>;
};

describe('the editors’ quality report and pasted import', () => {
  const app = useTestApp();
  let editor: AdminSession;

  beforeAll(async () => {
    await seedDemoContent(app.strapi);
    editor = await adminSession(app, 'editor');
  });

  const pasteImport = (session: AdminSession | undefined, body: Record<string, unknown>) => {
    const call = app.http().post('/editorial/import').send(body);
    return session ? call.set('Authorization', `Bearer ${session.token}`) : call;
  };
  const report = async () => {
    const response = await app.http().get('/editorial/quality').set('Authorization', `Bearer ${editor.token}`);
    expect(response.status).toBe(200);
    return response.body.data as {
      articles: ArticleQuality[];
      nearDuplicates: Array<{ a: { title: string }; b: { title: string }; similarity: number }>;
    };
  };

  it('a pasted article comes in as a draft, and pasting it again changes nothing', async () => {
    const body = { fileName: 'distance-runners.txt', content: fixture('massage-for-distance-runners.txt') };
    const created = await pasteImport(editor, body);
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      status: 'created',
      title: 'Sports Massage for Distance Runners: What a Session Can and Cannot Do',
    });
    expect(created.body.data.linked.conditions).toEqual(expect.arrayContaining(['Plantar fasciitis', 'Shin splints', 'IT band syndrome']));
    expect(created.body.data.unknownClinics).toEqual(['Millbrook Sports Massage']);
    expect(
      await app.strapi.documents('api::article.article').findOne({ documentId: created.body.data.documentId, status: 'published' })
    ).toBeNull();
    const again = await pasteImport(editor, body);
    expect(again.status).toBe(200);
    expect(again.body.data.status).toBe('unchanged');
  });

  it.each([
    ['no content', { fileName: 'x.md' }],
    ['empty content', { fileName: 'x.md', content: '  ' }],
    ['an unsupported file type', { fileName: 'x.pdf', content: 'Title\n\nBody text here.' }],
  ])('pasting %s is a 400 with a JSON message', async (_case, body) => {
    const response = await pasteImport(editor, body);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ status: 400, name: 'ValidationError', message: expect.any(String) });
  });

  it('needs an admin who may create articles', async () => {
    expect((await pasteImport(undefined, { content: 'x' })).status).toBe(401);
    const marketer = await adminSession(app, 'marketer');
    const refused = await pasteImport(marketer, { fileName: 'x.md', content: '# Title\n\nBody.' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/permission to create articles/);
    expect((await app.http().get('/editorial/quality')).status).toBe(401);
  });

  it('flags the disputed lactic-acid claim with its sentence, and what the imported draft lacks', async () => {
    const imported = (await report()).articles.find(
      (article) => article.title === 'Sports Massage for Distance Runners: What a Session Can and Cannot Do'
    );
    const lactic = imported?.healthClaims.find((claim) => claim.ruleId === 'lactic-acid-flush');
    expect(lactic).toMatchObject({
      severity: 'disputed',
      sentence: 'Massage therapy helps flush lactic acid out of your legs, so you are ready to train again sooner.',
    });
    expect(imported?.missing).toEqual(
      expect.arrayContaining([
        'a medical reviewer’s sign-off (reviewer, credentials and date)',
        'at least one source',
        'an SEO description',
        'a cover image',
      ])
    );
    expect(imported?.readability.fleschReadingEase).toBeGreaterThan(0);
    expect(imported?.readingTimeMinutes).toBeGreaterThan(0);
  });

  it('does not flag demo articles that debunk a myth rather than claim it', async () => {
    const demo = (await report()).articles.find((article) => article.title === 'Why runners should get regular massage');
    expect(demo?.healthClaims.map((claim) => claim.ruleId)).not.toContain('lactic-acid-flush');
    expect(demo?.missing).not.toContain('at least one source');
  });

  it('pairs near-duplicate articles with their similarity', async () => {
    const original = fixture('hamstring-strain-return-to-running.md');
    const variation = original
      .replace('Hamstring Strain: A Sensible Route Back to Running', 'Back to Running After a Hamstring Tear')
      .replace(/strain/g, 'tear');
    expect((await pasteImport(editor, { fileName: 'variation.md', content: variation })).status).toBe(201);
    expect((await pasteImport(editor, { fileName: 'original.md', content: original })).status).toBe(201);
    const pair = (await report()).nearDuplicates.find(
      ({ a, b }) =>
        [a.title, b.title].sort().join(' | ') ===
        'Back to Running After a Hamstring Tear | Hamstring Strain: A Sensible Route Back to Running'
    );
    expect(pair?.similarity).toBeGreaterThanOrEqual(0.5);
    expect(pair?.similarity).toBeLessThan(1);
  });

  it('editors extend the claim list in the admin panel; a broken pattern is refused when saved', async () => {
    const rules = contentManager(app, editor, 'api::health-claim-rule.health-claim-rule');
    const broken = await rules.create({ ruleId: 'broken', pattern: 'cures (', why: 'x', severity: 'disputed', enabled: true });
    expect(broken.status).toBe(400);
    expect(broken.body.error.message).toMatch(/not a valid regular expression/);

    const added = await rules.create({
      ruleId: 'cortisol-claim',
      pattern: 'reduce cortisol',
      why: 'Reviews disagree on cortisol; cite a study.',
      severity: 'needs-source',
      enabled: true,
    });
    expect(added.status).toBe(201);
    const recoveryPost = (await report()).articles.find(
      (article) => article.title === 'The Week After a Marathon: Recovery Without Guesswork'
    );
    expect(recoveryPost).toBeUndefined();
    await pasteImport(editor, { fileName: 'recovery-week.md', content: fixture('recovery-week-after-a-marathon.md') });
    const flagged = (await report()).articles.find((article) => article.title === 'The Week After a Marathon: Recovery Without Guesswork');
    expect(flagged?.healthClaims.find((claim) => claim.ruleId === 'cortisol-claim')).toMatchObject({
      severity: 'needs-source',
      sentence: expect.stringMatching(/^A relaxing massage in this week can reduce cortisol/),
    });
  });
});
