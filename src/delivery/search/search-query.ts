import { errors } from '@strapi/utils';
import { readPage, type Page } from '../pagination';
import { SEARCH_TYPES } from '../../content-model/registry';
import type { SearchType } from '../../content-model/search-text';
import { queryWords } from './words';

export type SearchQuery = { text: string; words: string[]; types: SearchType[]; page: Page };

const MAX_QUERY_LENGTH = 200;
export const SEARCH_PAGE_SIZE = { default: 10, max: 50 };

const readTypes = (value: unknown): SearchType[] => {
  if (value === undefined || value === '') return SEARCH_TYPES;
  const names = typeof value === 'string' ? value.split(',').map((name) => name.trim()) : [];
  const unknown = names.filter((name) => !(SEARCH_TYPES as string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) {
    throw new errors.ValidationError(`"type" must be a comma-separated list of ${SEARCH_TYPES.join(', ')}.`);
  }
  return [...new Set(names)] as SearchType[];
};

/** q, type, page and pageSize of a search request, or a 400 that says which is wrong. */
export const readSearchQuery = (query: Record<string, unknown>): SearchQuery => {
  const { q } = query;
  if (typeof q !== 'string' || q.trim() === '') throw new errors.ValidationError('"q" is required: the words to search for.');
  if (q.length > MAX_QUERY_LENGTH) throw new errors.ValidationError(`"q" must be at most ${MAX_QUERY_LENGTH} characters.`);
  const words = queryWords(q);
  if (words.length === 0) throw new errors.ValidationError('"q" must contain at least one letter or digit.');
  return {
    text: q.trim(),
    words,
    types: readTypes(query.type),
    page: readPage(query, SEARCH_PAGE_SIZE.max, SEARCH_PAGE_SIZE.default),
  };
};
