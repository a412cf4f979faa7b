import { bodyLines, countWords } from '../../content-model/rich-text/block-text';

// Adult silent reading of non-fiction averages roughly 200-250 words a minute; health content
// is read more carefully, so the lower figure gives the honest estimate.
const WORDS_PER_MINUTE = 200;

/** Minutes to read a Strapi rich-text (blocks) body; 0 for an empty body, at least 1 otherwise. */
export const readingTimeMinutes = (body: unknown): number => {
  const words = countWords(bodyLines(body).join('\n'));
  return words === 0 ? 0 : Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
};
