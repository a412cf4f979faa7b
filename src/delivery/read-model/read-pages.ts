import type { Core, UID } from '@strapi/strapi';
import type { Context } from 'koa';
import { ARTICLE } from '../../content-model/registry';
import { pageMeta, type Page } from '../pagination';
import { pageNotFound } from '../published';
import { storedTotal } from './page-counts';
import { LINKS, PAGES } from './tables';
import type { CardFilter } from './card-filter';

/** Stored JSON text, sent as it is: a page read parses and serializes only what it adds. */
export type JsonText = string;

/** A published document's page and JSON-LD as the read model holds them, or the redirect or 404 a missing slug gets. */
export const storedPage = async (strapi: Core.Strapi, uid: UID.ContentType, slug: string) => {
  const row: { document_id: string; page: JsonText; json_ld: JsonText | null } | undefined = await strapi.db
    .connection(PAGES)
    .where({ content_type: uid, slug })
    .first('document_id', 'page', 'json_ld');
  if (!row) throw await pageNotFound(strapi, uid, slug);
  return { documentId: row.document_id, page: row.page, jsonLd: row.json_ld };
};

/** The document id of a published document by slug, or undefined. */
export const storedDocumentId = async (strapi: Core.Strapi, uid: string, slug: string): Promise<string | undefined> =>
  (await strapi.db.connection(PAGES).where({ content_type: uid, slug }).first('document_id'))?.document_id;

/** Whether a published document has this slug. */
export const hasStoredPage = async (strapi: Core.Strapi, uid: string, slug: string) =>
  (await storedDocumentId(strapi, uid, slug)) !== undefined;

const NEWEST_FIRST = [
  { column: 'published_at', order: 'desc' },
  { column: 'document_id', order: 'desc' },
] as const;

/** One page of article cards, newest first, and the pagination they belong to. */
export const newestCards = async (strapi: Core.Strapi, page: Page) => {
  const db = strapi.db.connection;
  const [rows, total] = await Promise.all([
    db(PAGES)
      .where({ content_type: ARTICLE })
      .orderBy([...NEWEST_FIRST])
      .limit(page.pageSize)
      .offset(page.start)
      .select('card'),
    storedTotal(db, ARTICLE),
  ]);
  return { cards: rows.map((row: { card: JsonText }) => row.card), pagination: pageMeta(page, total) };
};

/** One page of the cards of the articles that show a document (a topic, a condition, an author), newest first. */
export const cardsShowing = async (strapi: Core.Strapi, documentId: string, page: Page) => {
  const db = strapi.db.connection;
  const [rows, total] = await Promise.all([
    db({ l: LINKS })
      .where({ 'l.shown_id': documentId, 'l.content_type': ARTICLE })
      .join({ p: PAGES }, (on) => on.on('p.content_type', 'l.content_type').andOn('p.document_id', 'l.document_id'))
      .orderBy(NEWEST_FIRST.map(({ column, order }) => ({ column: `l.${column}`, order })))
      .limit(page.pageSize)
      .offset(page.start)
      .select('p.card'),
    storedTotal(db, ARTICLE, documentId),
  ]);
  return { cards: rows.map((row: { card: JsonText }) => row.card), pagination: pageMeta(page, total) };
};

/**
 * One page of article cards, newest first: every published article's, or those of a topic or
 * condition (none for a slug nothing published has, as a filter query would answer).
 */
export const articleCards = async (strapi: Core.Strapi, page: Page, filter?: CardFilter) => {
  if (!filter) return newestCards(strapi, page);
  const documentId = await storedDocumentId(strapi, filter.uid, filter.slug);
  return documentId ? cardsShowing(strapi, documentId, page) : { cards: [], pagination: pageMeta(page, 0) };
};

/** Answers with a JSON body assembled from stored text; http-caching tags it as it does any body. */
export const answerJson = (ctx: Context, body: JsonText) => {
  ctx.type = 'application/json';
  ctx.body = body;
};

export const jsonList = (items: readonly JsonText[]): JsonText => `[${items.join(',')}]`;
