import type { Core } from '@strapi/strapi';
import { pageMeta } from '../pagination';
import { pagePath } from '../../content-model/page-paths';
import { searchEntries, type IndexPage } from './search-database';
import type { SearchQuery } from './search-query';
import { uidOfSearchType } from '../../content-model/registry';
import { snippetHtml } from './snippet';
import { correctedWords } from './typo-correction';
import { takeSearchTurn } from './search-turns';

const searchWithCorrection = async (strapi: Core.Strapi, query: SearchQuery) => {
  const db = strapi.db.connection;
  const found: IndexPage = await searchEntries(db, query);
  if (found.total > 0) return { found, correctedQuery: null };
  const corrected = await correctedWords(db, query.words);
  if (corrected) {
    const retried = await searchEntries(db, { ...query, words: corrected });
    if (retried.total > 0) return { found: retried, correctedQuery: corrected.join(' ') };
  }
  return { found, correctedQuery: null };
};

/**
 * Site search over published articles, conditions and benefits. When nothing matches, words the
 * index does not know are corrected to the nearest ones it does and the search runs once more;
 * the answer then says which query it used. Searches take turns (search-turns.ts).
 */
export const siteSearch = async (strapi: Core.Strapi, query: SearchQuery) => {
  const { found, correctedQuery } = await takeSearchTurn(strapi, () => searchWithCorrection(strapi, query));
  return {
    data: found.hits.map((hit) => ({ ...hit, snippet: snippetHtml(hit.snippet), path: pagePath(uidOfSearchType(hit.type), hit.slug) })),
    meta: { pagination: pageMeta(query.page, found.total), query: query.text, correctedQuery },
  };
};
