import { countWords } from '../../content-model/rich-text/block-text';
import type { ArticleSource } from './article-source';
import { chromeRuleFor } from './chrome-rules';
import { isHardWrapped, listItemOf, textToBlocks } from './text-to-blocks';

// The article starts at its first real paragraph: a line of prose, not a menu, notice or caption.
const MIN_PROSE_WORDS = 15;
const ENDS_LIKE_PROSE = /[.!?…"”’)]$/u;
const MAX_TITLE_WORDS = 25;

// Lines of a page's header that are never its title: menus and crumbs (separators), bylines,
// dates, contact lines, category or keyword lines.
const SEPARATORS = /\s[|>·•»/]\s|\s{3,}|\t/;
const BYLINE = /^(?:by|posted|written|published|updated|author)\b/i;
const DATE =
  /\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/i;
const CONTACT = /\b(?:call|phone|tel|email|e-mail)\b|@|\d{3,}\s?\d{3,}/i;

const isProse = (line: string) => countWords(line) >= MIN_PROSE_WORDS && ENDS_LIKE_PROSE.test(line) && !chromeRuleFor(line);

const isTitleCandidate = (line: string) => {
  const words = countWords(line);
  return (
    words >= 2 &&
    words <= MAX_TITLE_WORDS &&
    !SEPARATORS.test(line) &&
    !BYLINE.test(line) &&
    !DATE.test(line) &&
    !CONTACT.test(line) &&
    !chromeRuleFor(line) &&
    // "Recovery, Sports Massage": a list of categories, every part capitalised, no verb to be a title.
    !/^\p{Lu}\S*(?:\s\S+){0,2}(?:,\s*\p{Lu}\S*(?:\s\S+){0,2})+$/u.test(line)
  );
};

/**
 * The article ends with its last line of prose (or the answer to a question): the short lines
 * after it are the page's footer (booking asks, share rows, newsletter boxes, comments,
 * addresses), except a list that follows the prose straight away.
 */
const withoutTail = (lines: string[]) => {
  const isArticleLine = (index: number) => {
    const line = lines[index].trim();
    if (isProse(line)) return true;
    const previous = lines
      .slice(0, index)
      .reverse()
      .find((candidate) => candidate.trim() !== '');
    return Boolean(previous?.trim().endsWith('?')) && ENDS_LIKE_PROSE.test(line) && !chromeRuleFor(line);
  };
  let end = lines.length - 1;
  while (end > 0 && !isArticleLine(end)) end -= 1;
  while (end + 1 < lines.length && listItemOf(lines[end + 1])) end += 1;
  return {
    article: lines.slice(0, end + 1),
    tail: lines
      .slice(end + 1)
      .map((line) => line.trim())
      .filter(Boolean),
  };
};

/**
 * Text copied out of a browser: the article's title is decided from the whole header above
 * its first paragraph (site name, menu, basket, crumbs, category and date lines, byline), where
 * it is the longest line that is none of those; the rest of the header is chrome. Without a
 * paragraph to anchor on, or in a hard-wrapped export (e-mail, where no line is a whole
 * paragraph), the page is read line by line as before.
 */
export const readTextArticle = (source: string): ArticleSource => {
  const lines = source.split('\n');
  const bodyStart = isHardWrapped(lines) ? -1 : lines.findIndex((line) => isProse(line.trim()));
  const header = (bodyStart < 0 ? [] : lines.slice(0, bodyStart)).map((line) => line.trim()).filter(Boolean);
  const candidates = header.filter(isTitleCandidate);
  if (candidates.length === 0) return { blocks: textToBlocks(source), removed: [] };
  // The longest candidate; of equal ones the last, which sits nearest the text it heads.
  const title = candidates.reduce((best, line) => (countWords(line) >= countWords(best) ? line : best));
  const { article, tail } = withoutTail(lines.slice(bodyStart));
  return {
    blocks: textToBlocks(article.join('\n')),
    statedTitle: title,
    removed: [...header.filter((line) => line !== title), ...tail],
  };
};
