/**
 * Strapi 5's rich-text (blocks) field: the one model of it in the project. The importer writes
 * a subset (paragraphs, headings, lists, quotes); the admin panel's editor can also store code,
 * images and lists nested in lists, so everything that reads a body takes all of them. The
 * typed client (client/types.ts) hands the same types to front-ends.
 */
export type TextNode = {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
};
export type LinkNode = { type: 'link'; url: string; children: TextNode[] };
export type InlineNode = TextNode | LinkNode;
export type ListItemNode = { type: 'list-item'; children: InlineNode[] };
export type ListNode = { type: 'list'; format: 'ordered' | 'unordered'; children: Array<ListItemNode | ListNode> };
export type Block =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] }
  | { type: 'quote'; children: InlineNode[] }
  | { type: 'code'; children: TextNode[] }
  | { type: 'image'; image: { url: string; alternativeText?: string | null; width?: number; height?: number }; children: TextNode[] }
  | ListNode;

export const paragraph = (text: string): Block => ({ type: 'paragraph', children: [{ type: 'text', text }] });

/** Plain text split on blank lines into paragraphs. */
export const paragraphsFromText = (text: string): Block[] =>
  text
    .split(/\n\s*\n/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map(paragraph);
