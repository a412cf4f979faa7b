import type { AnyNode, Document, Element } from 'domhandler';
import { findOne, isTag, isText } from 'domutils';
import type { Block, InlineNode, ListItemNode, TextNode } from '../../content-model/rich-text/blocks';
import { chromeReasonFor, NEVER_CONTENT_TAGS } from './html-chrome-elements';
import { elementText } from './html-document';

type Marks = Pick<TextNode, 'bold' | 'italic' | 'code'>;
type Walk = { blocks: Block[]; removed: string[]; inline: InlineNode[]; afterBreak: boolean };

const HEADING_TAG = /^h([1-6])$/;
const BLOCK_TAG =
  /^(?:p|div|section|article|main|header|footer|nav|aside|ul|ol|li|h[1-6]|blockquote|table|thead|tbody|tr|td|th|dl|dt|dd|figure|figcaption|address|pre|details|summary|hgroup|center|form)$/;
const SKIPPED_TAGS = new Set([...NEVER_CONTENT_TAGS, 'title']);
const MARKS_OF: Record<string, Marks> = {
  strong: { bold: true },
  b: { bold: true },
  em: { italic: true },
  i: { italic: true },
  code: { code: true },
};

// Page builders (Wix, Squarespace) mark bold and italic with inline styles rather than tags.
const styleMarks = (element: Element): Marks => {
  const style = element.attribs.style ?? '';
  return {
    ...(/font-weight\s*:\s*(?:bold|[6-9]00)\b/i.test(style) ? { bold: true } : {}),
    ...(/font-style\s*:\s*italic\b/i.test(style) ? { italic: true } : {}),
  };
};

const hasBlockChild = (element: Element): boolean => !!findOne((child) => BLOCK_TAG.test(child.name), element.children);
const hasHeading = (element: Element, deepest: number): boolean =>
  !!findOne((child) => HEADING_TAG.test(child.name) && Number(child.name[1]) <= deepest, element.children);

/** Page furniture inside the article root; a container that holds the article's h1 is kept. */
const isChrome = (element: Element): boolean => {
  const isBareHeader = element.name === 'header' && !hasHeading(element, 3);
  return (isBareHeader || !!chromeReasonFor(element)) && !hasHeading(element, 1);
};

const dropAsChrome = (element: Element, walk: Walk) => {
  const text = elementText(element);
  if (text) walk.removed.push(text);
};

const appendInline = (node: AnyNode, marks: Marks, out: InlineNode[], walk: Walk): void => {
  if (isText(node)) {
    out.push({ type: 'text', text: node.data.replace(/\s+/g, ' '), ...marks });
    return;
  }
  if (!isTag(node) || SKIPPED_TAGS.has(node.name) || node.name === 'ul' || node.name === 'ol') return;
  if (isChrome(node)) return dropAsChrome(node, walk);
  if (node.name === 'br') {
    out.push({ type: 'text', text: ' ', ...marks });
    return;
  }
  // Paragraphs inside a list item or heading still need a space between them.
  const separator: InlineNode[] = BLOCK_TAG.test(node.name) ? [{ type: 'text', text: ' ', ...marks }] : [];
  const inner = { ...marks, ...MARKS_OF[node.name], ...styleMarks(node) };
  const href = node.name === 'a' ? (node.attribs.href ?? '') : '';
  // Relative links point into the old site, so only absolute ones survive the move.
  if (/^https?:\/\//i.test(href)) {
    const children: InlineNode[] = [];
    node.children.forEach((child) => appendInline(child, inner, children, walk));
    const texts = children.flatMap((child) => (child.type === 'text' ? [child] : child.children));
    out.push({ type: 'link', url: href, children: texts });
    return;
  }
  out.push(...separator);
  node.children.forEach((child) => appendInline(child, inner, out, walk));
  out.push(...separator);
};

const sameMarks = (a: TextNode, b: TextNode) => !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.code === !!b.code;

/** Adjacent runs with the same marks merged, whitespace collapsed and trimmed at the ends. */
const tidyInline = (nodes: InlineNode[]): InlineNode[] => {
  const merged: InlineNode[] = [];
  for (const node of nodes) {
    const last = merged[merged.length - 1];
    if (node.type === 'text' && last?.type === 'text' && sameMarks(last, node)) last.text = `${last.text}${node.text}`.replace(/\s+/g, ' ');
    else merged.push(node.type === 'text' ? { ...node } : { ...node, children: tidyInline(node.children) as TextNode[] });
  }
  const first = merged[0];
  const final = merged[merged.length - 1];
  if (first?.type === 'text') first.text = first.text.trimStart();
  if (final?.type === 'text') final.text = final.text.trimEnd();
  return merged.filter((node) => (node.type === 'text' ? node.text !== '' : node.children.some((child) => child.text.trim() !== '')));
};

const inlineOf = (element: Element, walk: Walk): InlineNode[] => {
  const out: InlineNode[] = [];
  element.children.forEach((child) => appendInline(child, {}, out, walk));
  return tidyInline(out);
};

const hasHeadingItem = (list: Element) =>
  list.children.filter(isTag).some((item) => !!findOne((child) => HEADING_TAG.test(child.name), item.children));

/** List items of a list, nested lists flattened into it as the blocks editor shows them. */
const listItemsOf = (list: Element, walk: Walk): ListItemNode[] =>
  list.children.filter(isTag).flatMap((item) => {
    if (isChrome(item)) {
      dropAsChrome(item, walk);
      return [];
    }
    const children = inlineOf(item, walk);
    const nested = item.children.filter(isTag).filter((child) => child.name === 'ul' || child.name === 'ol');
    const own: ListItemNode[] = children.length > 0 ? [{ type: 'list-item', children }] : [];
    return [...own, ...nested.flatMap((child) => listItemsOf(child, walk))];
  });

const flushParagraph = (walk: Walk) => {
  const children = tidyInline(walk.inline);
  if (children.length > 0) walk.blocks.push({ type: 'paragraph', children });
  walk.inline = [];
  walk.afterBreak = false;
};

const pushBlock = (walk: Walk, block: Block) => {
  flushParagraph(walk);
  if (block.children.length > 0) walk.blocks.push(block);
};

const walkNode = (node: AnyNode, walk: Walk): void => {
  if (isText(node)) {
    walk.inline.push({ type: 'text', text: node.data.replace(/\s+/g, ' ') });
    if (node.data.trim() !== '') walk.afterBreak = false;
    return;
  }
  if (!isTag(node) || SKIPPED_TAGS.has(node.name)) return;
  if (isChrome(node)) return dropAsChrome(node, walk);
  const heading = HEADING_TAG.exec(node.name);
  if (heading)
    return pushBlock(walk, { type: 'heading', level: Number(heading[1]) as 1 | 2 | 3 | 4 | 5 | 6, children: inlineOf(node, walk) });
  if (node.name === 'p') return pushBlock(walk, { type: 'paragraph', children: inlineOf(node, walk) });
  if (node.name === 'blockquote' && !hasBlockChild(node)) return pushBlock(walk, { type: 'quote', children: inlineOf(node, walk) });
  // A list whose items hold headings is a layout (an accordion of questions, a card grid), not a list.
  if ((node.name === 'ul' || node.name === 'ol') && !hasHeadingItem(node)) {
    return pushBlock(walk, { type: 'list', format: node.name === 'ol' ? 'ordered' : 'unordered', children: listItemsOf(node, walk) });
  }
  if (node.name === 'br') {
    // Two line breaks in a row are how WYSIWYG editors without <p> separate paragraphs.
    if (walk.afterBreak) flushParagraph(walk);
    else walk.inline.push({ type: 'text', text: ' ' });
    walk.afterBreak = true;
    return;
  }
  if (BLOCK_TAG.test(node.name) || hasBlockChild(node)) {
    flushParagraph(walk);
    node.children.forEach((child) => walkNode(child, walk));
    return flushParagraph(walk);
  }
  appendInline(node, {}, walk.inline, walk);
  walk.afterBreak = false;
};

/**
 * The article root as blocks: headings, paragraphs, lists and quotes with bold and italic
 * kept. Elements that are chrome by their tag, role or class are left out and reported.
 */
export const htmlToBlocks = (root: Element | Document): { blocks: Block[]; removed: string[] } => {
  const walk: Walk = { blocks: [], removed: [], inline: [], afterBreak: false };
  root.children.forEach((child) => walkNode(child, walk));
  flushParagraph(walk);
  return { blocks: walk.blocks, removed: walk.removed };
};
