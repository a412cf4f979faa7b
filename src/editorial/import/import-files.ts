import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { importArticle, type ArticleImport } from './import-article';
import { loadTaxonomyIndex } from './taxonomy-index';

const IMPORTABLE = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

export type FileOutcome = { file: string } & ({ status: 'skipped'; reason: string } | ArticleImport);
export type ImportSummary = {
  created: number;
  updated: number;
  unchanged: number;
  skipped: Array<{ file: string; reason: string }>;
  unknownTerms: Array<{ term: string; kind: string; files: string[] }>;
  unknownClinics: Array<{ name: string; files: string[] }>;
  outcomes: FileOutcome[];
};

/** The files named, and the importable files inside the folders named, in a stable order. */
export const listSourceFiles = (paths: string[]): string[] =>
  paths.flatMap((given) => {
    const resolved = path.resolve(given);
    if (!fs.existsSync(resolved)) return [resolved];
    if (!fs.statSync(resolved).isDirectory()) return [resolved];
    return fs
      .readdirSync(resolved, { recursive: true, encoding: 'utf8' })
      .map((entry) => path.join(resolved, entry))
      .filter((file) => fs.statSync(file).isFile() && IMPORTABLE.has(path.extname(file).toLowerCase()))
      .sort();
  });

/** Stable across machines and folders: the page's file name, under an optional source label. */
export const sourceKeyFor = (file: string, label = 'file') => `${label}:${path.basename(file).toLowerCase()}`;

const readSource = (file: string): string | { reason: string } => {
  if (!fs.existsSync(file)) return { reason: 'no such file' };
  if (!IMPORTABLE.has(path.extname(file).toLowerCase())) return { reason: `not a .txt, .md or .html file` };
  const bytes = fs.readFileSync(file);
  const text = new TextDecoder('utf-8', { fatal: true });
  try {
    return text.decode(bytes);
  } catch {
    return { reason: 'not valid UTF-8' };
  }
};

const collect = <T extends { files: string[] }>(map: Map<string, T>, key: string, make: () => T, file: string) => {
  const entry = map.get(key) ?? make();
  if (!entry.files.includes(file)) entry.files.push(file);
  map.set(key, entry);
};

/** The counts, the skipped files, and the missing terms and clinics with the files naming them. */
export const summariseOutcomes = (outcomes: FileOutcome[]): ImportSummary => {
  const terms = new Map<string, { term: string; kind: string; files: string[] }>();
  const clinics = new Map<string, { name: string; files: string[] }>();
  for (const outcome of outcomes) {
    if (outcome.status === 'skipped') continue;
    const name = path.basename(outcome.file);
    outcome.unknownTerms.forEach(({ term, kind }) => collect(terms, `${kind}:${term}`, () => ({ term, kind, files: [] }), name));
    outcome.unknownClinics.forEach((clinic) => collect(clinics, clinic, () => ({ name: clinic, files: [] }), name));
  }
  const count = (status: string) => outcomes.filter((outcome) => outcome.status === status).length;
  return {
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    skipped: outcomes.flatMap((outcome) => (outcome.status === 'skipped' ? [{ file: outcome.file, reason: outcome.reason }] : [])),
    unknownTerms: [...terms.values()],
    unknownClinics: [...clinics.values()],
    outcomes,
  };
};

export const importFiles = async (
  strapi: Core.Strapi,
  paths: string[],
  options: { sourceLabel?: string; onProgress?: (done: number, total: number, outcome: FileOutcome) => void } = {}
): Promise<ImportSummary> => {
  const files = listSourceFiles(paths);
  const taxonomy = await loadTaxonomyIndex(strapi);
  const outcomes: FileOutcome[] = [];
  for (const [index, file] of files.entries()) {
    const content = readSource(file);
    let outcome: FileOutcome;
    if (typeof content !== 'string') {
      outcome = { file, status: 'skipped', reason: content.reason };
    } else {
      try {
        const fileName = path.basename(file);
        outcome = {
          file,
          ...(await importArticle(strapi, { fileName, content, sourceKey: sourceKeyFor(file, options.sourceLabel) }, taxonomy)),
        };
      } catch (error) {
        outcome = { file, status: 'skipped', reason: (error as Error).message };
      }
    }
    outcomes.push(outcome);
    options.onProgress?.(index + 1, files.length, outcome);
  }

  return summariseOutcomes(outcomes);
};
