import fs from 'fs';
import path from 'path';

import { findTerms, type TaxonomyTerm } from '../../src/editorial/import/match-terms';
import { parseArticleSource, type ArticleReader, type ParsedArticle } from '../../src/editorial/import/parse-article-source';

export const CORPUS = path.resolve(__dirname, '../fixtures/import-corpus');
const DEMO_CONTENT = path.resolve(__dirname, '../../src/operations/seed/demo-content');

type Kind = 'conditions' | 'benefits' | 'topics';
export type Expected = {
  split: 'tuning' | 'held-out';
  shape: string;
  title: string;
  headings: string[];
  firstSentence: string;
  lastSentence: string;
  chromeGone: string[];
  terms: Record<Kind, string[]>;
  faq: Array<{ question: string; answer: string }>;
  sources: Array<{ title: string; url: string | null }>;
  images: Array<{ alt: string }>;
};
export type CorpusPage = { file: string; expected: Expected };

/** Hits out of chances, per measure: summed over pages, they give the corpus's micro-averaged score. */
export type Tally = {
  title: [number, number];
  headingPrecision: [number, number];
  headingRecall: [number, number];
  chromeGone: [number, number];
  bodyKept: [number, number];
  termPrecision: [number, number];
  termRecall: [number, number];
  faqPrecision: [number, number];
  faqRecall: [number, number];
  sourcesFound: [number, number];
  altKept: [number, number];
};
export const MEASURES = [
  'title',
  'headingPrecision',
  'headingRecall',
  'chromeGone',
  'bodyKept',
  'termPrecision',
  'termRecall',
  'faqPrecision',
  'faqRecall',
  'sourcesFound',
  'altKept',
] as const;

/** Every page of the corpus with its expected outcome, in a stable order. */
export const corpusPages = (): CorpusPage[] =>
  fs
    .readdirSync(CORPUS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((shape) =>
      fs
        .readdirSync(path.join(CORPUS, shape.name))
        .filter((name) => !name.endsWith('.expected.json'))
        .map((name) => path.join(shape.name, name))
    )
    .sort()
    .map((file) => ({
      file,
      expected: JSON.parse(fs.readFileSync(path.join(CORPUS, file.replace(/\.[a-z]+$/, '.expected.json')), 'utf8')) as Expected,
    }));

type Named = { name: string; alsoKnownAs?: string[] };
const termsOf = (file: string): TaxonomyTerm[] =>
  (JSON.parse(fs.readFileSync(path.join(DEMO_CONTENT, file), 'utf8')) as Named[]).map((term) => ({
    key: term.name,
    names: [term.name, ...(term.alsoKnownAs ?? [])],
  }));

/** The demo taxonomy, as an import links against it (the corpus names its terms). */
export const demoTaxonomy = (): Record<Kind, TaxonomyTerm[]> => ({
  conditions: termsOf('conditions.json'),
  benefits: termsOf('benefits.json'),
  topics: termsOf('topics.json'),
});

/** Text as people read it: one kind of space and quote, no invisible characters. */
const folded = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
const asHeading = (text: string) =>
  folded(text)
    .replace(/^\d+[.)]\s*/, '')
    .replace(/:$/, '')
    .toLowerCase();

const matchedCount = (found: string[], wanted: string[]) => {
  const left = [...wanted];
  return found.filter((item) => {
    const index = left.indexOf(item);
    if (index < 0) return false;
    left.splice(index, 1);
    return true;
  }).length;
};

/** One page's hits and chances on every measure, with what was found, for the report. */
export const scorePage = (page: CorpusPage, taxonomy: Record<Kind, TaxonomyTerm[]>, readHtml?: ArticleReader) => {
  const content = fs.readFileSync(path.join(CORPUS, page.file), 'utf8');
  const { expected } = page;
  let parsed: ParsedArticle;
  try {
    parsed = parseArticleSource(path.basename(page.file), content, readHtml);
  } catch {
    parsed = {
      title: '',
      excerpt: '',
      blocks: [],
      headings: [],
      plainText: '',
      removedChrome: [],
      bookingClinicNames: [],
      faq: [],
      sources: [],
      images: [],
    };
  }
  // What the article keeps: its body, and the FAQ and references the import moves into their components.
  const body = folded(parsed.plainText.slice(parsed.title.length));
  const titleAndBody = folded(parsed.plainText);
  const headings = parsed.headings.map(asHeading);
  const wantedHeadings = expected.headings.map(asHeading);
  const headingHits = matchedCount(headings, wantedHeadings);
  const found = (['conditions', 'benefits', 'topics'] as const).flatMap((kind) =>
    findTerms(parsed.plainText, taxonomy[kind]).map((name) => `${kind}:${name}`)
  );
  const wantedTerms = (['conditions', 'benefits', 'topics'] as const).flatMap((kind) =>
    expected.terms[kind].map((name) => `${kind}:${name}`)
  );
  const termHits = matchedCount(found, wantedTerms);
  const kept = [expected.firstSentence, expected.lastSentence].filter((sentence) => body.includes(folded(sentence)));
  const chromeLeft = expected.chromeGone.filter((chrome) => titleAndBody.includes(folded(chrome)));

  const questions = parsed.faq.map((item) => folded(item.question));
  const faqHits = matchedCount(
    questions,
    expected.faq.map((item) => folded(item.question))
  );
  const sourceTitles = parsed.sources.map((source) => folded(source.title).toLowerCase());
  const sourceHits = expected.sources.filter((source) =>
    sourceTitles.some((title) => title !== '' && folded(source.title).toLowerCase().includes(title))
  ).length;
  const alts = parsed.images.map((image) => folded(image.alt));
  const altHits = expected.images.filter((image) => alts.includes(folded(image.alt))).length;

  const tally: Tally = {
    title: [folded(parsed.title) === folded(expected.title) ? 1 : 0, 1],
    headingPrecision: [headingHits, headings.length],
    headingRecall: [headingHits, wantedHeadings.length],
    chromeGone: [expected.chromeGone.length - chromeLeft.length, expected.chromeGone.length],
    bodyKept: [kept.length, 2],
    termPrecision: [termHits, found.length],
    termRecall: [termHits, wantedTerms.length],
    faqPrecision: [faqHits, questions.length],
    faqRecall: [faqHits, expected.faq.length],
    sourcesFound: [sourceHits, expected.sources.length],
    altKept: [altHits, expected.images.length],
  };
  return { tally, title: parsed.title, headings: parsed.headings, chromeLeft, found, wantedTerms };
};

export const emptyTally = (): Tally => ({
  title: [0, 0],
  headingPrecision: [0, 0],
  headingRecall: [0, 0],
  chromeGone: [0, 0],
  bodyKept: [0, 0],
  termPrecision: [0, 0],
  termRecall: [0, 0],
  faqPrecision: [0, 0],
  faqRecall: [0, 0],
  sourcesFound: [0, 0],
  altKept: [0, 0],
});

export const addTally = (sum: Tally, tally: Tally) => {
  for (const measure of MEASURES) {
    sum[measure][0] += tally[measure][0];
    sum[measure][1] += tally[measure][1];
  }
  return sum;
};

/** A measure as a share: hits over chances, 1 when there was no chance to miss. */
export const share = ([hits, chances]: [number, number]) => (chances === 0 ? 1 : hits / chances);
