import type { Core, UID } from '@strapi/strapi';
import { ARTICLE } from '../../content-model/registry';
import { pageMeta, type Page } from '../pagination';
import { pageNotFound } from '../published';
import { LINKS, PAGES } from './page-rows';

type Json = Record<string, unknown>;

/** A published document's page as the read model holds it, its JSON-LD, or the redirect or 404 a missing slug gets. */
export const storedPage = async <Shape extends object = Json>(strapi: Core.Strapi, uid: UID.ContentType, slug: string) => {
  const row: { page: string; json_ld: string | null } | undefined = await strapi.db
    .connection(PAGES)
    .where({ content_type: uid, slug })
    .first('page', 'json_ld');
  if (!row) throw await pageNotFound(strapi, uid, slug);
  return { page: JSON.parse(row.page) as Shape & Json, jsonLd: row.json_ld === null ? undefined : (JSON.parse(row.json_ld) as unknown) };
};

/** Whether a published document has this slug. */
export const hasStoredPage = async (strapi: Core.Strapi, uid: string, slug: string) =>
  Boolean(await strapi.db.connection(PAGES).where({ content_type: uid, slug }).first('document_id'));

const cardsOf = (rows: Array<{ card: string }>) => rows.map((row) => JSON.parse(row.card) as Json);

/** One page of article cards, newest first, and the pagination they belong to. */
export const newestCards = async (strapi: Core.Strapi, page: Page) => {
  const db = strapi.db.connection;
  const [rows, [{ total }]] = await Promise.all([
    db(PAGES)
      .where({ content_type: ARTICLE })
      .orderBy([
        { column: 'published_at', order: 'desc' },
        { column: 'document_id', order: 'desc' },
      ])
      .limit(page.pageSize)
      .offset(page.start)
      .select('card'),
    db(PAGES).where({ content_type: ARTICLE }).count({ total: '*' }),
  ]);
  return { cards: cardsOf(rows), pagination: pageMeta(page, Number(total)) };
};

/** One page of the cards of the articles that show a document (a topic, a condition, an author), newest first. */
export const cardsShowing = async (strapi: Core.Strapi, documentId: string, page: Page) => {
  const db = strapi.db.connection;
  const links = () => db({ l: LINKS }).where({ 'l.shown_id': documentId, 'l.content_type': ARTICLE });
  const [rows, [{ total }]] = await Promise.all([
    links()
      .join({ p: PAGES }, (on) => on.on('p.content_type', 'l.content_type').andOn('p.document_id', 'l.document_id'))
      .orderBy([
        { column: 'l.published_at', order: 'desc' },
        { column: 'l.document_id', order: 'desc' },
      ])
      .limit(page.pageSize)
      .offset(page.start)
      .select('p.card'),
    links().count({ total: '*' }),
  ]);
  return { cards: cardsOf(rows), pagination: pageMeta(page, Number(total)) };
};
