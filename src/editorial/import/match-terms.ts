import { containsPhrase, normaliseForMatching } from '../../content-model/rich-text/phrase-matching';

export { normaliseForMatching } from '../../content-model/rich-text/phrase-matching';
export { suggestMissingTerms } from './term-suggestions';

/** A taxonomy entry: its key (documentId or slug) and every name it goes by. */
export type TaxonomyTerm = { key: string; names: string[] };

/**
 * Keys of the terms the text mentions by any of their names, in taxonomy order, each once.
 * Case, punctuation, apostrophes and hyphens do not matter; a plural "s" is tolerated.
 */
export const findTerms = (text: string, terms: TaxonomyTerm[]): string[] => {
  const normalised = normaliseForMatching(text);
  const keys = terms.filter(({ names }) => names.some((name) => containsPhrase(normalised, name))).map(({ key }) => key);
  return [...new Set(keys)];
};
