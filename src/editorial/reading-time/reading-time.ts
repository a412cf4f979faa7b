// Adult silent reading of non-fiction averages roughly 200-250 words a minute; health content
// is read more carefully, so the lower figure gives the honest estimate.
const WORDS_PER_MINUTE = 200;

type BlockNode = { type?: string; text?: string; children?: BlockNode[] };

const collectText = (nodes: BlockNode[], out: string[]) => {
  for (const node of nodes) {
    if (typeof node.text === 'string') out.push(node.text);
    if (Array.isArray(node.children)) collectText(node.children, out);
  }
  return out;
};

export const countWords = (text: string): number => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** Minutes to read a Strapi rich-text (blocks) body; 0 for an empty body, at least 1 otherwise. */
export const readingTimeMinutes = (body: unknown): number => {
  if (!Array.isArray(body)) return 0;
  const words = countWords(collectText(body as BlockNode[], []).join(' '));
  return words === 0 ? 0 : Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
};
