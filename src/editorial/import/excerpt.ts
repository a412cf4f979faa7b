import type { Block } from '../../content-model/rich-text/blocks';
import { blockText, countWords } from '../../content-model/rich-text/block-text';

const MAX_EXCERPT_LENGTH = 280;
// Fewer words than this is a caption, a byline or a lead-in, not the paragraph that sums up the article.
const MIN_PARAGRAPH_WORDS = 8;

/** Text cut at the last word boundary that fits, with an ellipsis; untouched when it fits already. */
export const trimAtWordBoundary = (text: string, maxLength: number): string => {
  if (text.length <= maxLength) return text;
  const room = text.slice(0, maxLength - 1);
  const lastSpace = room.lastIndexOf(' ');
  const cut = lastSpace > 0 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.\-–—]+$/, '')}…`;
};

/** The first real paragraph of the body, at most 280 characters. */
export const excerptOf = (blocks: Block[]): string => {
  const paragraphs = blocks.filter((block) => block.type === 'paragraph');
  const chosen =
    paragraphs.find((block) => countWords(blockText(block)) >= MIN_PARAGRAPH_WORDS) ??
    paragraphs[0] ??
    blocks.find((block) => block.type !== 'heading');
  return chosen ? trimAtWordBoundary(blockText(chosen).replace(/\s+/g, ' ').trim(), MAX_EXCERPT_LENGTH) : '';
};
