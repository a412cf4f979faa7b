import type { Core, UID } from '@strapi/strapi';
import type { Context } from 'koa';
import { ARTICLE } from '../../content-model/registry';
import { pageMeta, type Page } from '../pagination';
import { pageNotFound } from '../published';
import type { Knex } from 'knex';
import { ALL_PAGES } from './page-counts';
import { COUNTS, LINKS, PAGES } from './tables';
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

// One statement per read: on a busy server each round trip to the database costs more than the
// reading. Cards come joined into one JSON list text (string_agg: PostgreSQL, and SQLite 3.44 on).
// `source` selects card, newest_at and newest_id: names no table has, which ORDER BY may use alone.
const cardsOf = (source: string) => `(
  SELECT string_agg(card, ',' ORDER BY newest_at DESC, newest_id DESC) FROM (${source}
    ORDER BY newest_at DESC, newest_id DESC LIMIT :limit OFFSET :offset) newest)`;
const totalOf = (shownId: string) => `(SELECT total FROM ${COUNTS} WHERE content_type = :article AND shown_id = ${shownId})`;

// Every published article's card: the type's own total.
const NEWEST_CARDS = `SELECT ${totalOf(':allPages')} AS total,
  ${cardsOf(`SELECT card, published_at AS newest_at, document_id AS newest_id FROM ${PAGES} WHERE content_type = :article`)} AS cards`;

// The cards of the articles that show a term found by type and slug, with the term's own page.
const TERM_WITH_CARDS = `SELECT term.document_id, term.page, term.json_ld, ${totalOf('term.document_id')} AS total,
  ${cardsOf(`SELECT p.card, l.published_at AS newest_at, l.document_id AS newest_id FROM ${LINKS} l
    JOIN ${PAGES} p ON p.content_type = l.content_type AND p.document_id = l.document_id
    WHERE l.shown_id = term.document_id AND l.content_type = :article`)} AS cards
  FROM ${PAGES} term WHERE term.content_type = :uid AND term.slug = :slug`;

type CardsRow = { total: number | string | null; cards: JsonText | null };
type TermRow = CardsRow & { document_id: string; page: JsonText; json_ld: JsonText | null };
export type CardList = { cards: JsonText; pagination: ReturnType<typeof pageMeta> };

const cardList = (page: Page, row: CardsRow | undefined): CardList => ({
  cards: `[${row?.cards ?? ''}]`,
  pagination: pageMeta(page, Number(row?.total ?? 0)),
});

/** Rows of a raw statement on either database: PostgreSQL answers { rows }, SQLite the rows. */
const rowsOf = async <Row>(db: Knex, sql: string, bindings: Record<string, string | number>): Promise<Row[]> => {
  const statement = db.raw(sql, bindings);
  const result: { rows: Row[] } | Row[] = await statement;
  return Array.isArray(result) ? result : result.rows;
};

const termWithCards = async (strapi: Core.Strapi, uid: string, slug: string, page: Page) => {
  const [row] = await rowsOf<TermRow>(strapi.db.connection, TERM_WITH_CARDS, {
    uid,
    slug,
    article: ARTICLE,
    limit: page.pageSize,
    offset: page.start,
  });
  return row;
};

/**
 * A term's page (a topic, a condition, a benefit) with one page of the cards of the articles
 * that show it, newest first; or the redirect or 404 a missing slug gets.
 */
export const storedTermPage = async (strapi: Core.Strapi, uid: UID.ContentType, slug: string, page: Page) => {
  const row = await termWithCards(strapi, uid, slug, page);
  if (!row) throw await pageNotFound(strapi, uid, slug);
  return { page: row.page, jsonLd: row.json_ld, ...cardList(page, row) };
};

/**
 * One page of article cards, newest first: every published article's, or those of a topic or
 * condition (none for a slug nothing published has, as a filter query would answer).
 */
export const articleCards = async (strapi: Core.Strapi, page: Page, filter?: CardFilter): Promise<CardList> => {
  if (filter) return cardList(page, await termWithCards(strapi, filter.uid, filter.slug, page));
  const [row] = await rowsOf<CardsRow>(strapi.db.connection, NEWEST_CARDS, {
    article: ARTICLE,
    allPages: ALL_PAGES,
    limit: page.pageSize,
    offset: page.start,
  });
  return cardList(page, row);
};

/** Answers with a JSON body assembled from stored text; http-caching tags it as it does any body. */
export const answerJson = (ctx: Context, body: JsonText) => {
  ctx.type = 'application/json';
  ctx.body = body;
};
