import MarkdownIt from 'markdown-it';
type Token = ReturnType<MarkdownIt['parse']>[number];
import type { Block, InlineNode, ListItemNode, TextNode } from './blocks';

const markdown = new MarkdownIt('commonmark', { html: false });

type Marks = Pick<TextNode, 'bold' | 'italic'>;

const inlineNodes = (tokens: Token[] = []): InlineNode[] => {
  const nodes: InlineNode[] = [];
  const marks: Marks = {};
  let link: { url: string; children: TextNode[] } | undefined;
  const push = (node: TextNode) => {
    if (node.text === '') return;
    if (link) link.children.push(node);
    else nodes.push(node);
  };

  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        push({ type: 'text', text: token.content, ...marks });
        break;
      case 'code_inline':
        push({ type: 'text', text: token.content, code: true });
        break;
      case 'softbreak':
      case 'hardbreak':
        push({ type: 'text', text: ' ', ...marks });
        break;
      case 'strong_open':
        marks.bold = true;
        break;
      case 'strong_close':
        delete marks.bold;
        break;
      case 'em_open':
        marks.italic = true;
        break;
      case 'em_close':
        delete marks.italic;
        break;
      case 'link_open':
        link = { url: token.attrGet('href') ?? '', children: [] };
        break;
      case 'link_close':
        if (link) nodes.push({ type: 'link', ...link });
        link = undefined;
        break;
      default:
        break;
    }
  }
  return nodes.length > 0 ? nodes : [{ type: 'text', text: '' }];
};

/**
 * Markdown (headings, paragraphs, lists, quotes, emphasis, links) as Strapi blocks. Nested
 * lists are flattened into their parent list, which the blocks editor can show.
 */
export const markdownToBlocks = (source: string): Block[] => {
  const tokens = markdown.parse(source.replace(/\r\n?/g, '\n'), {});
  const blocks: Block[] = [];
  const lists: Array<{ format: 'ordered' | 'unordered'; children: ListItemNode[] }> = [];
  let heading: 1 | 2 | 3 | 4 | 5 | 6 | undefined;
  let inQuote = false;

  for (const token of tokens) {
    switch (token.type) {
      case 'heading_open':
        heading = Number(token.tag.slice(1)) as 1 | 2 | 3 | 4 | 5 | 6;
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ format: token.type === 'ordered_list_open' ? 'ordered' : 'unordered', children: [] });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close': {
        const list = lists.pop();
        if (!list) break;
        if (lists.length > 0) lists[lists.length - 1].children.push(...list.children);
        else blocks.push({ type: 'list', ...list });
        break;
      }
      case 'blockquote_open':
        inQuote = true;
        break;
      case 'blockquote_close':
        inQuote = false;
        break;
      case 'inline': {
        const children = inlineNodes(token.children ?? []);
        if (heading) blocks.push({ type: 'heading', level: heading, children });
        else if (lists.length > 0) lists[lists.length - 1].children.push({ type: 'list-item', children });
        else blocks.push({ type: inQuote ? 'quote' : 'paragraph', children });
        heading = undefined;
        break;
      }
      default:
        break;
    }
  }
  return blocks;
};
