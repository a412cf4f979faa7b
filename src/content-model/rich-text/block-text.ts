import type { Block, InlineNode } from './blocks';

export const inlineText = (nodes: InlineNode[]): string =>
  nodes
    .map((node) => (node.type === 'link' ? node.children.map((child) => child.text).join('') : node.text))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

/** The text of a block as one line per paragraph, heading or list item. */
export const blockLines = (block: Block): string[] =>
  block.type === 'list' ? block.children.map((item) => inlineText(item.children)) : [inlineText(block.children)];

export const blockText = (block: Block): string => blockLines(block).join('\n');

export const hasText = (block: Block): boolean => blockLines(block).some((line) => line !== '');
