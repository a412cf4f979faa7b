import type { Block, InlineNode } from './blocks';

/** Any node of a stored body: what arrives in a write is not checked against `Block` yet. */
type StoredNode = { type?: unknown; text?: unknown; children?: unknown };

const nodesOf = (value: unknown): StoredNode[] =>
  Array.isArray(value) ? value.filter((node): node is StoredNode => typeof node === 'object' && node !== null) : [];

const leafText = (nodes: unknown): string =>
  nodesOf(nodes)
    .map((node) => (typeof node.text === 'string' ? node.text : leafText(node.children)))
    .join('');

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A block's lines: one for a paragraph, heading, quote or code block, one per list item (nested lists too). */
const linesOf = (node: StoredNode): string[] =>
  node.type === 'list'
    ? nodesOf(node.children).flatMap((item) => (item.type === 'list' ? linesOf(item) : [oneLine(leafText(item.children))]))
    : [oneLine(leafText(node.children))];

export const inlineText = (nodes: InlineNode[]): string => oneLine(leafText(nodes));

/** The text of a block as one line per paragraph, heading or list item. */
export const blockLines = (block: Block): string[] => linesOf(block);

export const blockText = (block: Block): string => blockLines(block).join('\n');

export const hasText = (block: Block): boolean => blockLines(block).some((line) => line !== '');

/** Every line of a stored body, whatever it holds; nothing for a value that is not a body. */
export const bodyLines = (body: unknown): string[] => nodesOf(body).flatMap(linesOf);

/** Words are runs between spaces that hold a letter or a digit (a lone dash or bullet is not one). */
export const countWords = (text: string): number => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
