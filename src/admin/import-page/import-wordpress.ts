import type { WordPressImportSummary } from '../../editorial/import/wordpress/import-wordpress';
import { reasonOf, type Outcome } from './import-files';
import { addWordPressReport, splitWordPressExport, type WordPressTotals } from './wordpress-export';

type Post = (url: string, body: unknown) => Promise<{ data: { data: WordPressImportSummary } }>;
export type Progress = { done: number; total: number; title: string };

const NO_TOTALS: WordPressTotals = {
  leftOut: {},
  authorsCreated: [],
  unmatchedTerms: [],
  missingImages: [],
  redirects: 0,
  keptRedirects: [],
};

/**
 * Imports a WordPress export one post at a time through the same endpoint and the same keys as
 * `npm run import -- export.xml`, so either may finish what the other started.
 */
export const importWordPressExport = async (
  post: Post,
  file: { name: string; text: () => Promise<string> },
  onProgress: (progress: Progress) => void
): Promise<{ outcomes: Outcome[]; totals: WordPressTotals }> => {
  let split;
  try {
    split = splitWordPressExport(await file.text());
  } catch (error) {
    return { outcomes: [{ file: file.name, status: 'skipped', reason: reasonOf(error) }], totals: NO_TOTALS };
  }
  const outcomes: Outcome[] = [];
  let totals: WordPressTotals = { ...NO_TOTALS, leftOut: split.leftOut };
  for (const [index, part] of split.parts.entries()) {
    onProgress({ done: index, total: split.parts.length, title: part.title });
    try {
      const { data } = await post('/editorial/import/wordpress', { content: part.xml });
      outcomes.push(...data.data.outcomes);
      totals = addWordPressReport(totals, data.data);
    } catch (error) {
      outcomes.push({ file: part.title, status: 'skipped', reason: reasonOf(error) });
    }
  }
  onProgress({ done: split.parts.length, total: split.parts.length, title: '' });
  return { outcomes, totals };
};
