import type { Core, UID } from '@strapi/strapi';
import { ARTICLE_CARD } from '../content-model/page-populate';
import { pageMeta, type Page } from './pagination';
import { findPublishedBySlug } from './published';
import { ARTICLE } from '../content-model/registry';
import { documentsOf } from '../content-model/documents';

/** A topic, condition or benefit page: the term itself and its published articles, newest first. */
export const taxonomyPage = async <Term extends object = Record<string, unknown>>(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  articleRelation: 'topics' | 'conditions' | 'benefits',
  slug: string,
  populate: object,
  page: Page
) => {
  const term = await findPublishedBySlug<Term>(strapi, uid, slug, populate);
  const filters = { [articleRelation]: { documentId: term.documentId } };
  const articles = documentsOf(strapi, ARTICLE);
  const [list, total] = await Promise.all([
    articles.findMany({
      status: 'published',
      filters,
      sort: 'publishedAt:desc',
      start: page.start,
      limit: page.pageSize,
      ...(ARTICLE_CARD as object),
    }),
    articles.count({ status: 'published', filters }),
  ]);
  return { term, articles: list, pagination: pageMeta(page, total) };
};
