import type { Block, InlineNode, ListItemNode } from '../../content-model/rich-text/blocks';
import { chromeRuleFor } from './chrome-rules';
import { countWords } from '../../content-model/rich-text/block-text';

type ListFormat = 'ordered' | 'unordered';
/** A line (or hard-wrapped lines joined), whether it is a list item, and whether a blank line stands above it. */
type Segment = { text: string; list?: ListFormat; afterBlank?: boolean };

// Bullets as word processors and CMS exports write them, plus "1." "1)" "(1)" numbering.
const LIST_MARKER = /^\s*(?:(?<bullet>[•·▪‣◦●○■□➢➤►✓✔*\-–])|(?<number>\d{1,2}[.)]|\(\d{1,2}\)))\s+(?<text>\S.*)$/u;
const ENDS_SENTENCE = /[.!?:;"”’)\]]$/;
const WRAP_WIDTH = 100;

export const listItemOf = (line: string): Segment | undefined => {
  const groups = LIST_MARKER.exec(line)?.groups;
  if (!groups) return undefined;
  return { text: groups.text.trim(), list: groups.number ? 'ordered' : 'unordered' };
};

/**
 * Exports that hard-wrap paragraphs at a fixed width (e-mail, some text exports) need their
 * lines joined back; exports with one paragraph per line must not be joined.
 */
export const isHardWrapped = (lines: string[]): boolean => {
  const prose = lines.filter((line) => line.trim() !== '' && !listItemOf(line));
  if (prose.length < 4) return false;
  const lengths = prose.map((line) => line.length).sort((a, b) => a - b);
  const longest = lengths[Math.floor(lengths.length * 0.9)];
  const average = lengths.reduce((sum, length) => sum + length, 0) / lengths.length;
  return longest <= WRAP_WIDTH && average >= 40;
};

// A chrome line ("read more", "back to blog") stands on its own line unless the line before
// it stops mid-sentence in a hard-wrapped export.
const continuesPrevious = (previous: Segment, line: string, hardWrapped: boolean): boolean => {
  if (previous.list) return /^\s/.test(line) || /^\p{Ll}/u.test(line);
  const midSentence = !ENDS_SENTENCE.test(previous.text);
  const isChromeBoundary = !!chromeRuleFor(previous.text) || !!chromeRuleFor(line);
  if (hardWrapped) return midSentence || !isChromeBoundary;
  if (!midSentence || isChromeBoundary) return false;
  return /^\s*[\p{Ll}]/u.test(line) || countWords(previous.text) > 12;
};

const segmentsOf = (source: string): Segment[] => {
  const lines = source.split('\n');
  const hardWrapped = isHardWrapped(lines);
  const segments: Segment[] = [];
  let afterBlank = true;
  for (const line of lines) {
    if (line.trim() === '') {
      afterBlank = true;
      continue;
    }
    const item = listItemOf(line);
    const previous = segments[segments.length - 1];
    if (item) segments.push({ ...item, afterBlank });
    else if (previous && !afterBlank && continuesPrevious(previous, line, hardWrapped)) {
      previous.text = `${previous.text} ${line.trim()}`;
    } else segments.push({ text: line.trim(), afterBlank });
    afterBlank = false;
  }
  return segments;
};

/** A short line that does not end like a sentence and is followed by more text reads as a heading. */
const looksLikeHeading = (text: string): boolean =>
  countWords(text) <= 14 && text.length <= 120 && /^[\p{Lu}\p{N}"“']/u.test(text) && !/[.,;:]$/.test(text);

// "Muscle tension: running puts..." — the lead-in is a label, and reads as one when bold.
const LABELLED_ITEM = /^(?<label>[^:]{2,60}:)\s+(?<rest>\S.*)$/;

const listItemNode = (text: string): ListItemNode => {
  const groups = LABELLED_ITEM.exec(text)?.groups;
  const children: InlineNode[] =
    groups && countWords(groups.label) <= 8
      ? [
          { type: 'text', text: groups.label, bold: true },
          { type: 'text', text: ` ${groups.rest}` },
        ]
      : [{ type: 'text', text }];
  return { type: 'list-item', children };
};

// "What to change first:" standing alone, a short label closing on a colon.
const isColonLabel = (text: string) => /:$/.test(text) && countWords(text) <= 10 && /^[\p{Lu}\p{N}]/u.test(text);
const MIN_SECTION_TEXT_WORDS = 12;

/**
 * How this page marks its sections, judged on the whole page: lines ending in a colon, or
 * numbered lines, each standing alone after a blank line and followed by text, are section
 * titles when the page uses them at least twice; once, they are a lead-in or a list item.
 */
const sectionMarkers = (segments: Segment[]) => {
  const followedByText = (index: number) => {
    const next = segments[index + 1];
    return next !== undefined && (next.list !== undefined || countWords(next.text) >= MIN_SECTION_TEXT_WORDS);
  };
  const colon = segments.map(
    (segment, index) => !segment.list && Boolean(segment.afterBlank) && isColonLabel(segment.text) && followedByText(index)
  );
  const numbered = segments.map((segment, index) => {
    const next = segments[index + 1];
    return (
      segment.list === 'ordered' &&
      Boolean(segment.afterBlank) &&
      countWords(segment.text) <= 12 &&
      next !== undefined &&
      !next.list &&
      countWords(next.text) >= MIN_SECTION_TEXT_WORDS
    );
  });
  const count = (marks: boolean[]) => marks.filter(Boolean).length;
  return segments.map((_, index) => (count(colon) >= 2 && colon[index]) || (count(numbered) >= 2 && numbered[index]));
};

/**
 * Plain text as blocks: numbered and bulleted lines become lists (blank lines between items
 * allowed), short unpunctuated lines followed by text become level-2 headings, as do the
 * section titles the page marks with colons or numbers (questions under an FAQ heading are
 * made text again for every format, in page-sections.ts). Everything else is paragraphs. The title is chosen later, after chrome is gone.
 */
export const textToBlocks = (source: string): Block[] => {
  const segments = segmentsOf(source);
  const isSectionTitle = sectionMarkers(segments);
  const blocks: Block[] = [];
  segments.forEach((segment, index) => {
    const last = blocks[blocks.length - 1];
    if (isSectionTitle[index]) {
      blocks.push({ type: 'heading', level: 2, children: [{ type: 'text', text: segment.text.replace(/:$/, '') }] });
      return;
    }
    if (segment.list) {
      if (last?.type === 'list' && last.format === segment.list) last.children.push(listItemNode(segment.text));
      else blocks.push({ type: 'list', format: segment.list, children: [listItemNode(segment.text)] });
      return;
    }
    const children: InlineNode[] = [{ type: 'text', text: segment.text }];
    const isFollowed = index < segments.length - 1;
    blocks.push(isFollowed && looksLikeHeading(segment.text) ? { type: 'heading', level: 2, children } : { type: 'paragraph', children });
  });
  return blocks;
};
