import type { Core, UID } from '@strapi/strapi';
import type { Page } from './pagination';
import { cardsShowing, jsonList, storedPage, type JsonText } from './read-model/read-pages';

/**
 * A topic, condition or benefit page as JSON text: the term with its published articles as
 * cards, newest first, under `articles`, and the pagination and JSON-LD for `meta`.
 */
export const taxonomyPage = async (strapi: Core.Strapi, uid: UID.ContentType, slug: string, page: Page) => {
  const term = await storedPage(strapi, uid, slug);
  const { cards, pagination } = await cardsShowing(strapi, term.documentId, page);
  // A stored page is a JSON object with at least its id: the cards go in before its closing brace.
  const data: JsonText = `${term.page.slice(0, -1)},"articles":${jsonList(cards)}}`;
  return { data, pagination, jsonLd: term.jsonLd };
};
