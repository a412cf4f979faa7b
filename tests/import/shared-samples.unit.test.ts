import fs from 'fs';
import path from 'path';
import { blockText } from '../../src/content-model/rich-text/block-text';
import { parseArticleSource, type ParsedArticle } from '../../src/editorial/import/parse-article-source';

// Real exports from clinic blogs, kept beside some working copies but never in the repository:
// a fresh clone has none, so these cases add to own-fixtures.unit.test.ts where the folder exists.
const SAMPLES = path.resolve(__dirname, '../../../shared/samples');
const hasSamples = fs.existsSync(SAMPLES);
if (!hasSamples)
  console.warn(
    `\nShared-sample import cases skipped: no ${SAMPLES}. The own fixtures in tests/fixtures/import still cover the importer.\n`
  );
// Jest runs the body of a skipped describe too, so each block reads its sample in beforeAll.
const describeIfSamples = hasSamples ? describe : describe.skip;
const readSample = (name: string) => fs.readFileSync(path.join(SAMPLES, name), 'utf8');

const bodyText = (article: ParsedArticle) => article.blocks.map(blockText).join('\n');
const lists = (article: ParsedArticle) => article.blocks.filter((block) => block.type === 'list');

// Chrome phrases the brief names; none may survive in the article body.
const CHROME_PHRASES = [
  'read more',
  'back to main blog post page',
  'see some our',
  'related posts',
  'book your appointment',
  'call us',
  'contact us today',
  'blog-cta-image',
  'visit the rest of the site',
];

const expectNoChrome = (article: ParsedArticle) => {
  const text = bodyText(article).toLowerCase();
  for (const phrase of CHROME_PHRASES) expect(text).not.toContain(phrase);
};

const SAMPLE_CASES = [
  { file: 'benefits-of-massage-therapy-for-runners.txt', title: 'The Benefits of Massage Therapy for Runners', clinics: [] as string[] },
  { file: 'clinic-blog-massage-for-runners.txt', title: 'Benefits of Massage Therapy for Runners', clinics: ['Boulder Sports Clinic'] },
  {
    file: 'why-runners-should-consider-massage.txt',
    title: 'Why Runners Should Consider Regular Massage Therapy',
    clinics: ['Therapeutic Kneads'],
  },
];

describeIfSamples.each(SAMPLE_CASES)('the shared sample $file', ({ file, title, clinics }) => {
  let content: string;
  let article: ParsedArticle;
  beforeAll(() => {
    content = readSample(file);
    article = parseArticleSource(file, content);
  });

  it('has its title found and kept out of the body', () => {
    expect(article.title).toBe(title);
    expect(article.blocks.map(blockText)).not.toContain(title);
    expect(article.plainText.startsWith(`${title}\n`)).toBe(true);
  });

  it('keeps no site chrome in its blocks', () => {
    expectNoChrome(article);
  });

  it('names the clinic its booking call to action mentions', () => {
    expect(article.bookingClinicNames).toEqual(clinics);
  });

  it('has an excerpt from its first paragraph of at most 280 characters', () => {
    const firstParagraph = blockText(article.blocks.find((block) => block.type === 'paragraph')!);
    expect(article.excerpt.length).toBeLessThanOrEqual(280);
    expect(firstParagraph.startsWith(article.excerpt.replace(/…$/, ''))).toBe(true);
  });

  it('gives the same result with Windows line endings', () => {
    const windows = content.replace(/\r?\n/g, '\r\n');
    expect(parseArticleSource(file, windows)).toEqual(article);
  });
});

describeIfSamples('the numbered sample', () => {
  let article: ParsedArticle;
  beforeAll(() => {
    article = parseArticleSource('benefits.txt', readSample('benefits-of-massage-therapy-for-runners.txt'));
  });

  it('keeps its numbered points as one ordered list of five items', () => {
    expect(lists(article)).toHaveLength(1);
    expect(lists(article)[0]).toMatchObject({ type: 'list', format: 'ordered' });
    expect(lists(article)[0].type === 'list' && lists(article)[0].children).toHaveLength(5);
  });

  it('shows the label that opens each numbered point in bold', () => {
    const [list] = lists(article);
    if (list.type !== 'list') throw new Error('expected a list');
    for (const item of list.children) expect(item.children[0]).toMatchObject({ bold: true, text: expect.stringMatching(/:$/) });
  });

  it('cuts a long first paragraph at a word boundary with an ellipsis', () => {
    expect(article.excerpt).toMatch(/\S…$/);
    expect(article.excerpt.length).toBeLessThanOrEqual(280);
  });
});

describeIfSamples('the sample with a related-posts section', () => {
  let content: string;
  let article: ParsedArticle;
  beforeAll(() => {
    content = readSample('clinic-blog-massage-for-runners.txt');
    article = parseArticleSource('clinic-blog.txt', content);
  });

  it('keeps its bulleted points as one unordered list of seven items', () => {
    expect(lists(article)).toHaveLength(1);
    expect(lists(article)[0]).toMatchObject({ format: 'unordered' });
    expect(lists(article)[0].type === 'list' && lists(article)[0].children).toHaveLength(7);
  });

  it('drops every teaser after the related-posts heading and reports them as chrome', () => {
    const lines = content.split('\n').map((line) => line.trim());
    const teasers = lines.slice(lines.findIndex((line) => /^related posts$/i.test(line)) + 1).filter(Boolean);
    expect(teasers.length).toBeGreaterThan(3);
    const body = bodyText(article);
    for (const teaser of teasers) {
      expect(body).not.toContain(teaser);
      expect(article.removedChrome).toContain(teaser);
    }
  });

  it('drops the "read more about" line above the title', () => {
    expect(article.removedChrome[0]).toMatch(/^read more about$/i);
  });
});

describeIfSamples('the sample with one-line headings', () => {
  let content: string;
  let article: ParsedArticle;
  beforeAll(() => {
    content = readSample('why-runners-should-consider-massage.txt');
    article = parseArticleSource('why-runners.txt', content);
  });

  it('keeps its six section headings, in order, as heading blocks', () => {
    const lines = content.split('\n').map((line) => line.trim());
    expect(article.headings).toHaveLength(6);
    expect(article.blocks.filter((block) => block.type === 'heading')).toHaveLength(6);
    const positions = article.headings.map((heading) => lines.indexOf(heading));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('keeps the paragraph that names the clinic, because it is article text', () => {
    expect(bodyText(article)).toContain('Therapeutic Kneads');
  });

  it('drops the closing "visit the rest of the site" line despite its non-breaking space', () => {
    expect(article.removedChrome).toEqual([expect.stringMatching(/^Visit the rest of the site /)]);
  });

  it('keeps curly apostrophes as written', () => {
    expect(bodyText(article)).toMatch(/you’re/);
  });
});
