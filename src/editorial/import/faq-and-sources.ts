import { blockText, inlineText } from '../../content-model/rich-text/block-text';
import type { Block, InlineNode } from '../../content-model/rich-text/blocks';
import { FAQ_HEADING } from './page-sections';

export type FaqItem = { question: string; answer: string };
export type Source = { title: string; url?: string; publisher?: string; year?: number };

const SOURCES_HEADING = /^(?:references?|sources?|further reading|bibliography|citations?|research|evidence|studies cited|reading list)\b/i;
const MAX_ANSWER_CHARACTERS = 2000;
const MAX_TITLE_CHARACTERS = 300;

const headingLevel = (block: Block) => (block.type === 'heading' ? block.level : undefined);

/** The blocks of the section a heading opens: up to the next heading of its level or higher. */
const sectionAfter = (blocks: Block[], start: number) => {
  const level = headingLevel(blocks[start]) ?? 2;
  let end = start + 1;
  while (end < blocks.length && !((headingLevel(blocks[end]) ?? 7) <= level)) end += 1;
  return { content: blocks.slice(start + 1, end), end };
};

const faqOf = (content: Block[]): FaqItem[] => {
  const items: FaqItem[] = [];
  for (const block of content) {
    const text = blockText(block).trim();
    if (/\?$/.test(text) && block.type !== 'list') items.push({ question: text, answer: '' });
    else if (items.length > 0) {
      const last = items[items.length - 1];
      last.answer = `${last.answer} ${text.replace(/\n/g, ' ')}`.trim().slice(0, MAX_ANSWER_CHARACTERS);
    }
  }
  return items.filter((item) => item.answer !== '');
};

const linkIn = (children: InlineNode[]) => children.find((node): node is Extract<InlineNode, { type: 'link' }> => node.type === 'link');

// "Brennan C, Moyo T (2019). Load tolerance in Achilles pain. Tendon Practice 4(2): 11–19."
const CITATION = /^(?<authors>.+?)\s*\((?<year>\d{4})\)\.?\s*(?<title>[^.?!]+[.?!]?)\s*(?<rest>.*)$/;

const sourceOf = (text: string, children: InlineNode[]): Source | undefined => {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line === '') return undefined;
  const link = linkIn(children);
  const url = link && /^https?:\/\//i.test(link.url) ? link.url : undefined;
  const cited = CITATION.exec(line)?.groups;
  if (cited) {
    const publisher = cited.rest
      .replace(/https?:\/\/\S+/g, '')
      .replace(/[.\s]+$/, '')
      .split(/[.;]/)[0]
      ?.trim();
    return {
      title: cited.title.replace(/\.$/, '').slice(0, MAX_TITLE_CHARACTERS),
      year: Number(cited.year),
      ...(publisher ? { publisher: publisher.slice(0, 200) } : {}),
      ...(url ? { url } : {}),
    };
  }
  const linkText = link ? inlineText(link.children) : '';
  return { title: (linkText || line).replace(/\.$/, '').slice(0, MAX_TITLE_CHARACTERS), ...(url ? { url } : {}) };
};

const sourcesOf = (content: Block[]): Source[] =>
  content.flatMap((block): Source[] => {
    if (block.type === 'list') {
      return block.children.flatMap((item) => {
        if (item.type !== 'list-item') return [];
        const source = sourceOf(inlineText(item.children), item.children);
        return source ? [source] : [];
      });
    }
    if (block.type === 'paragraph') {
      const source = sourceOf(blockText(block), block.children);
      return source ? [source] : [];
    }
    return [];
  });

/**
 * The page's FAQ section as FAQ items and its reference list as sources, each taken out of the
 * body (the site shows them as their own parts, with FAQPage and citation JSON-LD); their text
 * as the page had it is returned too, for term matching and the report.
 */
export const separateFaqAndSources = (blocks: Block[]) => {
  const body: Block[] = [];
  const faq: FaqItem[] = [];
  const sources: Source[] = [];
  const sectionTexts: string[] = [];
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index];
    const text = block.type === 'heading' ? blockText(block).trim() : '';
    const kind = FAQ_HEADING.test(text) ? 'faq' : SOURCES_HEADING.test(text) ? 'sources' : undefined;
    if (!kind) {
      body.push(block);
      continue;
    }
    const { content, end } = sectionAfter(blocks, index);
    const items = kind === 'faq' ? faqOf(content) : [];
    const cited = kind === 'sources' ? sourcesOf(content) : [];
    if (items.length === 0 && cited.length === 0) {
      body.push(block);
      continue;
    }
    faq.push(...items);
    sources.push(...cited);
    sectionTexts.push(text, ...content.map(blockText));
    index = end - 1;
  }
  return { body, faq, sources, sectionTexts };
};
