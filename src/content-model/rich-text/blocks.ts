/** The node shapes of Strapi 5's rich-text (blocks) field that this project writes. */
export type TextNode = { type: 'text'; text: string; bold?: boolean; italic?: boolean; code?: boolean };
export type LinkNode = { type: 'link'; url: string; children: TextNode[] };
export type InlineNode = TextNode | LinkNode;
export type ListItemNode = { type: 'list-item'; children: InlineNode[] };
export type Block =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] }
  | { type: 'list'; format: 'ordered' | 'unordered'; children: ListItemNode[] }
  | { type: 'quote'; children: InlineNode[] };

export const paragraph = (text: string): Block => ({ type: 'paragraph', children: [{ type: 'text', text }] });

/** Plain text split on blank lines into paragraphs. */
export const paragraphsFromText = (text: string): Block[] =>
  text
    .split(/\n\s*\n/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map(paragraph);
