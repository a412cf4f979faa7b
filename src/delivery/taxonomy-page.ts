import type { Core, UID } from '@strapi/strapi';
import type { Page } from './pagination';
import { cardsShowing, storedPage } from './read-model/read-pages';

/** A topic, condition or benefit page: the term itself and its published articles as cards, newest first. */
export const taxonomyPage = async (strapi: Core.Strapi, uid: UID.ContentType, slug: string, page: Page) => {
  const { page: term, jsonLd } = await storedPage(strapi, uid, slug);
  const { cards, pagination } = await cardsShowing(strapi, String(term.documentId), page);
  return { term, jsonLd, articles: cards, pagination };
};
