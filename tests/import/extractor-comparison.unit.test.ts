import fs from 'fs';
import path from 'path';
import type { ArticleReader } from '../../src/editorial/import/parse-article-source';
import { addTally, corpusPages, demoTaxonomy, emptyTally, MEASURES, scorePage, share, type CorpusPage, type Tally } from './corpus-score';
import { readWithReadability, readWithRulesThenReadability } from './readability-reader';

const REPORT = path.resolve(__dirname, '../.output/import-extractors.md');

const EXTRACTORS = ['rules', 'readability', 'combined'] as const;
type Extractor = (typeof EXTRACTORS)[number];
// undefined is the reader parseArticleSource ships with (readHtmlArticle's rules).
const READERS: Record<Extractor, ArticleReader | undefined> = {
  rules: undefined,
  readability: readWithReadability,
  combined: readWithRulesThenReadability,
};

// What src/editorial/import/html-article.ts uses for each HTML shape; change it with the reader.
const SHIPPED: Record<string, Extractor> = {
  'wordpress-html': 'rules',
  'wix-html': 'rules',
  'squarespace-html': 'rules',
  'webflow-html': 'rules',
};

const PARTS: Array<{ label: string; keep: (page: CorpusPage) => boolean }> = [
  { label: 'whole corpus', keep: () => true },
  { label: 'held out', keep: (page) => page.expected.split === 'held-out' },
  { label: 'tuning', keep: (page) => page.expected.split === 'tuning' },
];

const meanOf = (tally: Tally) => MEASURES.reduce((sum, measure) => sum + share(tally[measure]), 0) / MEASURES.length;
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

describe('the HTML reader compared with Mozilla Readability on the corpus (tests/fixtures/import-corpus)', () => {
  const taxonomy = demoTaxonomy();
  const pages = corpusPages().filter((page) => page.file.endsWith('.html'));
  const shapes = Object.keys(SHIPPED);
  // Only totals per shape and part are kept: no held-out page is ever looked at on its own.
  const scored = pages.flatMap((page) =>
    EXTRACTORS.map((extractor) => ({ page, extractor, tally: scorePage(page, taxonomy, READERS[extractor]).tally }))
  );
  const totalOf = (extractor: Extractor, shape: string, keep: (page: CorpusPage) => boolean) =>
    scored
      .filter((entry) => entry.extractor === extractor && entry.page.expected.shape === shape && keep(entry.page))
      .reduce((sum, entry) => addTally(sum, entry.tally), emptyTally());

  afterAll(() => {
    const table = (part: (typeof PARTS)[number]) => [
      `## ${part.label}`,
      '',
      `| shape | pages | extractor | ${MEASURES.join(' | ')} | mean |`,
      `| --- | ---: | --- | ${MEASURES.map(() => '---:').join(' | ')} | ---: |`,
      ...shapes.flatMap((shape) =>
        EXTRACTORS.map((extractor) => {
          const total = totalOf(extractor, shape, part.keep);
          const count = pages.filter((page) => page.expected.shape === shape && part.keep(page)).length;
          const shipped = SHIPPED[shape] === extractor ? ' (shipped)' : '';
          return `| ${shape} | ${count} | ${extractor}${shipped} | ${MEASURES.map((measure) => percent(share(total[measure]))).join(' | ')} | ${percent(meanOf(total))} |`;
        })
      ),
      '',
    ];
    const lines = ['# HTML extractors on the import corpus', '', ...PARTS.flatMap(table)];
    fs.mkdirSync(path.dirname(REPORT), { recursive: true });
    fs.writeFileSync(REPORT, `${lines.join('\n')}\n`);
    console.log(lines.join('\n'));
  });

  it('covers the four HTML shapes', () => {
    expect([...new Set(pages.map((page) => page.expected.shape))].sort()).toEqual([...shapes].sort());
  });

  // The choice must hold on the whole corpus and on the pages no rule was tuned against.
  it.each(PARTS.slice(0, 2).flatMap((part) => shapes.map((shape) => [shape, part.label, part.keep] as const)))(
    'ships the extractor that scores best on %s pages (%s)',
    (shape, _label, keep) => {
      const shipped = meanOf(totalOf(SHIPPED[shape], shape, keep));
      for (const extractor of EXTRACTORS) expect(shipped).toBeGreaterThanOrEqual(meanOf(totalOf(extractor, shape, keep)));
    }
  );
});
