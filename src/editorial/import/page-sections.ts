import { blockText, countWords } from '../../content-model/rich-text/block-text';
import type { Block, InlineNode } from '../../content-model/rich-text/blocks';

// "FAQs", "Frequently asked questions", "Triathlon recovery FAQs", "Common questions".
export const FAQ_HEADING =
  /^(?:.{0,60}\s)?(?:faqs?|frequently asked questions|common questions|your questions(?: answered)?|questions (?:we get asked|people ask|and answers))\b/i;
const MAX_BOLD_HEADING_WORDS = 12;

const isBoldLine = (block: Block) =>
  block.type === 'paragraph' &&
  countWords(blockText(block)) <= MAX_BOLD_HEADING_WORDS &&
  block.children.every((node: InlineNode) => node.type === 'text' && (node.bold || node.text.trim() === ''));

/**
 * Section titles as the page writes them, decided on the whole page: lines that are bold and
 * nothing else, standing before text, are headings when the page has at least two (one is an
 * emphasised sentence); questions under an FAQ heading are its questions, not sections.
 */
export const markSections = (blocks: Block[]): Block[] => {
  const boldTitles = blocks.map((block, index) => isBoldLine(block) && index < blocks.length - 1 && blocks[index + 1].type !== 'heading');
  const useBold = boldTitles.filter(Boolean).length >= 2;
  let inFaq = false;
  return blocks.map((block, index): Block => {
    const text = blockText(block);
    if (block.type === 'heading') {
      if (inFaq && /\?$/.test(text)) return { type: 'paragraph', children: block.children };
      inFaq = FAQ_HEADING.test(text);
      return block;
    }
    if (useBold && boldTitles[index] && !(inFaq && /\?$/.test(text))) {
      inFaq = FAQ_HEADING.test(text);
      return { type: 'heading', level: 2, children: [{ type: 'text', text: text.replace(/:$/, '') }] };
    }
    return block;
  });
};
