import path from 'path';
import type { Block } from '../../content-model/rich-text/blocks';
import type { ArticleSource } from './article-source';
import { blockText, hasText, countWords } from '../../content-model/rich-text/block-text';
import { findBookingClinicNames } from './booking-clinics';
import { excerptOf } from './excerpt';
import { readHtmlArticle } from './html-article';
import { readMarkdownArticle } from './markdown-article';
import { foldForComparison, normaliseSource } from './normalise-source';
import { removeChrome } from './remove-chrome';
import { readTextArticle } from './text-article';
import { markSections } from './page-sections';
import { separateFaqAndSources, type FaqItem, type Source } from './faq-and-sources';
import type { ArticleImage } from './html-images';

export type ParsedArticle = {
  title: string;
  excerpt: string;
  blocks: Block[];
  headings: string[];
  plainText: string;
  removedChrome: string[];
  bookingClinicNames: string[];
  faq: FaqItem[];
  sources: Source[];
  images: ArticleImage[];
};

/** A format reader: the normalised file content as candidate blocks. */
export type ArticleReader = (source: string) => ArticleSource;

const READERS: Record<string, ArticleReader> = {
  '.txt': readTextArticle,
  '.md': readMarkdownArticle,
  '.markdown': readMarkdownArticle,
  '.html': readHtmlArticle,
  '.htm': readHtmlArticle,
};

const isTitleLike = (block: Block): boolean => {
  const text = blockText(block);
  return (block.type === 'heading' || block.type === 'paragraph') && countWords(text) <= 20 && text.length <= 150 && !/[.,;:]$/.test(text);
};

/** The body without a leading copy of the title (a front-matter title repeated as "# Title"). */
const withoutRepeatedTitle = (blocks: Block[], title: string): Block[] => {
  const index = blocks
    .slice(0, 2)
    .findIndex((block) => isTitleLike(block) && foldForComparison(blockText(block)) === foldForComparison(title));
  return index < 0 ? blocks : blocks.filter((_, position) => position !== index);
};

// Stated title first, then the article's own h1, then the page's title, then a title-like first line.
const separateTitle = (blocks: Block[], source: ArticleSource): { title?: string; body: Block[] } => {
  if (source.statedTitle) return { title: source.statedTitle, body: withoutRepeatedTitle(blocks, source.statedTitle) };
  const mainHeading = blocks.findIndex((block) => block.type === 'heading' && block.level === 1);
  if (mainHeading >= 0) return { title: blockText(blocks[mainHeading]), body: blocks.filter((_, index) => index !== mainHeading) };
  if (source.fallbackTitle) return { title: source.fallbackTitle, body: withoutRepeatedTitle(blocks, source.fallbackTitle) };
  if (blocks.length > 0 && isTitleLike(blocks[0])) return { title: blockText(blocks[0]), body: blocks.slice(1) };
  return { body: blocks };
};

// The article title is the only h1; headings in the body start at h2 as the blocks editor expects.
const demoteMainHeadings = (blocks: Block[]): Block[] =>
  blocks.map((block) => (block.type === 'heading' && block.level === 1 ? { ...block, level: 2 } : block));

const readerFor = (fileName: string, readHtml?: ArticleReader) => {
  const extension = path.extname(fileName).toLowerCase();
  const reader = readHtml && (extension === '.html' || extension === '.htm') ? readHtml : READERS[extension];
  if (!reader) {
    const expected = Object.keys(READERS).join(', ');
    throw new Error(`Cannot import "${fileName}": unsupported file type "${extension || '(none)'}"; expected one of ${expected}`);
  }
  return reader;
};

/**
 * An exported blog article (.txt, .md/.markdown or .html/.htm) as a title, excerpt and Strapi
 * blocks, with site chrome removed and reported, and the clinics its booking asks name.
 * `readHtml` replaces the HTML reader, so another way of finding the article can be measured
 * through the same cleaning.
 */
export const parseArticleSource = (fileName: string, content: string, readHtml?: ArticleReader): ParsedArticle => {
  const source = readerFor(fileName, readHtml)(normaliseSource(content));
  const { kept, removed } = removeChrome(source.blocks.filter(hasText));
  const { title, body } = separateTitle(kept, source);
  if (!title?.trim()) throw new Error(`Cannot import "${fileName}": no article title found`);
  const sectioned = markSections(demoteMainHeadings(body));
  const separated = separateFaqAndSources(sectioned);
  // A page that is all questions keeps them as its body.
  const {
    body: blocks,
    faq,
    sources,
    sectionTexts,
  } = separated.body.some((block) => block.type !== 'heading') ? separated : { body: sectioned, faq: [], sources: [], sectionTexts: [] };
  if (!blocks.some((block) => block.type !== 'heading')) {
    throw new Error(`Cannot import "${fileName}": no article text is left after removing site chrome`);
  }
  const removedChrome = [...source.removed, ...removed];
  const bodyTexts = blocks.map(blockText);
  return {
    title: title.trim(),
    excerpt: excerptOf(blocks),
    blocks,
    // Every section title the page had, the FAQ's and the references' included.
    headings: sectioned.flatMap((block) => (block.type === 'heading' ? [blockText(block)] : [])),
    plainText: [title.trim(), ...bodyTexts, ...sectionTexts].join('\n\n'),
    removedChrome,
    bookingClinicNames: findBookingClinicNames([...bodyTexts, ...removedChrome]),
    faq,
    sources,
    images: source.images ?? [],
  };
};
