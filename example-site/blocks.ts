import type { Block, InlineNode, ListNode, TextNode } from '../client/index.js';
import { el, fragment, safeHref, type Child } from './dom.js';

const MARKS: Array<[keyof TextNode, keyof HTMLElementTagNameMap]> = [
  ['code', 'code'],
  ['bold', 'strong'],
  ['italic', 'em'],
  ['underline', 'u'],
  ['strikethrough', 's'],
];

const text = (node: TextNode): Child =>
  MARKS.reduce<Child>((content, [mark, tag]) => (node[mark] ? el(tag, {}, content) : content), node.text);

const inline = (nodes: InlineNode[]): Child[] =>
  nodes.map((node) => {
    if (node.type !== 'link') return text(node);
    const href = safeHref(node.url);
    const children = node.children.map(text);
    if (!href) return children;
    const isExternal = /^https?:/.test(href);
    return el('a', { href, ...(isExternal ? { rel: 'noopener noreferrer' } : {}) }, children);
  });

const list = (node: ListNode): HTMLElement =>
  el(
    node.format === 'ordered' ? 'ol' : 'ul',
    {},
    node.children.map((item) => (item.type === 'list' ? el('li', { class: 'nested' }, list(item)) : el('li', {}, inline(item.children))))
  );

/**
 * Strapi's rich-text blocks as DOM. `topLevel` is the heading level the content starts at, so
 * a body's headings sit under the page's own h1 or h2 whatever level the editor picked.
 */
export const renderBlocks = (blocks: Block[] | null | undefined, topLevel = 2): DocumentFragment =>
  fragment(
    (blocks ?? []).map((block): Child => {
      switch (block.type) {
        case 'paragraph':
          return el('p', {}, inline(block.children));
        case 'heading': {
          const level = Math.min(6, Math.max(topLevel, block.level + topLevel - 2));
          return el(`h${level}` as 'h2', {}, inline(block.children));
        }
        case 'list':
          return list(block);
        case 'quote':
          return el('blockquote', {}, el('p', {}, inline(block.children)));
        case 'code':
          return el('pre', {}, el('code', {}, block.children.map((child) => child.text).join('')));
        case 'image': {
          const src = safeHref(block.image?.url);
          return src ? el('figure', {}, el('img', { src, alt: block.image.alternativeText ?? '', loading: 'lazy' })) : null;
        }
        default:
          return null;
      }
    })
  );
