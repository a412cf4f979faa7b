import type { ArticleImport } from '../../editorial/import/import-article';

/** One dropped or pasted source and what became of it. */
export type Outcome = { file: string } & ({ status: 'skipped'; reason: string } | ArticleImport);

type Post = (url: string, body: unknown) => Promise<{ data: { data: ArticleImport } }>;

const IMPORTABLE = /\.(txt|md|markdown|html?)$/i;
export const isWordPressExport = (name: string) => /\.xml$/i.test(name);

/** The error Strapi's fetch client throws carries the API's own message. */
export const reasonOf = (error: unknown) => {
  const response = (error as { response?: { data?: { error?: { message?: string } } } }).response;
  return response?.data?.error?.message ?? (error instanceof Error ? error.message : String(error));
};

/**
 * Imports each source in turn, as `npm run import` does: the same endpoint per article, the
 * same key (the file name), so a page imported from the command line is "unchanged" here.
 */
export const importSources = async (post: Post, sources: Array<{ name: string; text: () => Promise<string> }>): Promise<Outcome[]> => {
  const outcomes: Outcome[] = [];
  for (const source of sources) {
    if (!IMPORTABLE.test(source.name)) {
      outcomes.push({ file: source.name, status: 'skipped', reason: 'not a .txt, .md or .html file' });
      continue;
    }
    try {
      const content = await source.text();
      const { data } = await post('/editorial/import', { fileName: source.name, content, sourceKey: `file:${source.name.toLowerCase()}` });
      outcomes.push({ file: source.name, ...data.data });
    } catch (error) {
      outcomes.push({ file: source.name, status: 'skipped', reason: reasonOf(error) });
    }
  }
  return outcomes;
};

/** Terms the imports named that the taxonomy lacks, each once, with the files naming it. */
export const missingTerms = (outcomes: Outcome[]) => {
  const terms = new Map<string, { term: string; kind: 'condition' | 'benefit'; files: string[] }>();
  for (const outcome of outcomes) {
    if (outcome.status === 'skipped') continue;
    for (const { term, kind } of outcome.unknownTerms) {
      const key = `${kind}:${term.toLowerCase()}`;
      const entry = terms.get(key) ?? { term, kind, files: [] };
      entry.files.push(outcome.file);
      terms.set(key, entry);
    }
  }
  return [...terms.values()];
};
