import { Readability } from '@mozilla/readability';
import { parseDocument } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import type { ArticleSource } from '../../src/editorial/import/article-source';
import { readHtmlArticle } from '../../src/editorial/import/html-article';
import { elementText, findArticleRoot, removeNonContent } from '../../src/editorial/import/html-document';

// Readability strips inline styles, yet page builders mark bold with them (a Wix section title
// is a bold span); a copy under another name survives, so the blocks keep the page's marks.
const STYLE_COPY = 'data-import-style';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// The text a reader sees, one line per block: scripts and styles are no one's content.
const linesOf = (html: string): string[] => {
  const document = parseDocument(html);
  removeNonContent(document);
  return elementText(document).split('\n');
};

/** The page as Readability would read it, or null when it finds no article. */
const readabilityArticle = (html: string) => {
  const { document } = parseHTML(html);
  document.querySelectorAll('[style]').forEach((element) => element.setAttribute(STYLE_COPY, element.getAttribute('style') ?? ''));
  const article = new Readability(document).parse();
  return article?.content ? { title: article.title ?? '', content: article.content } : null;
};

/** Readability's article as a page the project's reader reads whole, styles put back. */
const pageOf = ({ title, content }: { title: string; content: string }): string => {
  // Readability drops the article's h1 when it repeats the title, so its title comes back as
  // the h1: the title is Readability's choice too.
  const { document } = parseHTML(
    `<html><head><title>${escapeHtml(title)}</title></head><body><article><h1>${escapeHtml(title)}</h1>${content}</article></body></html>`
  );
  document.querySelectorAll(`[${STYLE_COPY}]`).forEach((element) => element.setAttribute('style', element.getAttribute(STYLE_COPY) ?? ''));
  return document.toString();
};

/**
 * An HTML page read the way Firefox's Reader View reads it: Mozilla Readability chooses the
 * article, and the project's own reader turns that choice into blocks, so that only the choice
 * of content differs from readHtmlArticle. Everything Readability left out counts as removed.
 */
export const readWithReadability = (html: string): ArticleSource => {
  const article = readabilityArticle(html);
  const pageLines = linesOf(html);
  if (!article) return { blocks: [], removed: pageLines };
  const source = readHtmlArticle(pageOf(article));
  const kept = new Set(linesOf(article.content));
  return { ...source, removed: [...pageLines.filter((line) => !kept.has(line)), ...source.removed] };
};

/** The shipped rules where the page marks its article, Readability's choice where nothing does. */
export const readWithRulesThenReadability = (html: string): ArticleSource => {
  const document = parseDocument(html);
  removeNonContent(document);
  const root = findArticleRoot(document);
  return root.type === 'root' || root.name === 'body' ? readWithReadability(html) : readHtmlArticle(html);
};
