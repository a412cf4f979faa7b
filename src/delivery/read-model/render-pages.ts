import type { Core, UID } from '@strapi/strapi';
import { ARTICLE, entryOf } from '../../content-model/registry';
import { ARTICLE_CARD } from '../../content-model/page-populate';
import { documentsOf, type StoredDocument } from '../../content-model/documents';
import { sanitizedForPublic } from '../published';
import { siteOf, type Site } from '../seo/site';
import { articleJsonLd, type ArticlePage } from '../seo/json-ld-article';
import { clinicJsonLd, conditionJsonLd, type ClinicPage } from '../seo/json-ld-places';
import type { LinkRow, RenderedPage } from './page-rows';

type JsonLd = (document: never, site: Site) => unknown;

/** The structured data each type's page answers with, worked out from the whole document. */
const JSON_LD: Partial<Record<string, JsonLd>> = {
  [ARTICLE]: (article: ArticlePage, site) => articleJsonLd(article, site),
  'api::condition.condition': (condition: Parameters<typeof conditionJsonLd>[0], site) => conditionJsonLd(condition, site),
  'api::clinic-location.clinic-location': (clinic: ClinicPage, site) => clinicJsonLd(clinic, site),
};

/** The types whose documents are listed as cards, and what a card holds. */
const CARDS: Partial<Record<string, { fields: readonly string[]; populate: object }>> = { [ARTICLE]: ARTICLE_CARD };

/** Every document a page shows, at any depth: relations and media carry a documentId, components do not. */
const shownDocumentIds = (node: unknown, into = new Set<string>()): Set<string> => {
  if (Array.isArray(node)) {
    for (const item of node) shownDocumentIds(item, into);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'documentId' && typeof value === 'string') into.add(value);
      else if (value && typeof value === 'object') shownDocumentIds(value, into);
    }
  }
  return into;
};

const publishedOf = (strapi: Core.Strapi, uid: UID.ContentType, documentIds: readonly string[], query: object) =>
  documentsOf(strapi, uid).findMany({
    status: 'published',
    filters: { documentId: { $in: [...documentIds] } },
    limit: documentIds.length,
    ...query,
  });

const isoOrNull = (value: unknown) => (value ? new Date(value as string).toISOString() : null);

/** One document's row and links, from its page tree and, for types listed as cards, its card. */
const renderPage = async (strapi: Core.Strapi, uid: UID.ContentType, document: StoredDocument, card: StoredDocument | undefined) => {
  const page = (await sanitizedForPublic(strapi, uid, document)) as Record<string, unknown>;
  const publishedAt = isoOrNull(document.publishedAt);
  const shown = shownDocumentIds(page);
  shown.delete(document.documentId);
  const jsonLd = JSON_LD[uid];
  const rendered: RenderedPage = {
    row: {
      content_type: uid,
      document_id: document.documentId,
      slug: typeof document.slug === 'string' ? document.slug : '',
      published_at: publishedAt,
      page: JSON.stringify(page),
      json_ld: jsonLd ? JSON.stringify(jsonLd(document as never, siteOf(strapi))) : null,
      card: card ? JSON.stringify(await sanitizedForPublic(strapi, uid, card)) : null,
    },
    links: [...shown].map(
      (shownId): LinkRow => ({ content_type: uid, document_id: document.documentId, shown_id: shownId, published_at: publishedAt })
    ),
  };
  return rendered;
};

/**
 * The published pages of these documents as the public API answers them: the registry's page
 * tree, sanitized for the public role, and the card for types listed as cards. A document with no
 * published version renders nothing.
 */
export const renderPages = async (strapi: Core.Strapi, uid: UID.ContentType, documentIds: readonly string[]): Promise<RenderedPage[]> => {
  const entry = entryOf(uid);
  if (!entry || documentIds.length === 0) return [];
  const card = CARDS[uid];
  // One query after another: inside a writer's transaction they share its one connection.
  const documents = await publishedOf(strapi, uid, documentIds, { populate: entry.pagePopulate });
  const cards = card ? await publishedOf(strapi, uid, documentIds, card) : [];
  const cardById = new Map(cards.map((found) => [found.documentId, found]));
  const rendered: RenderedPage[] = [];
  for (const document of documents) rendered.push(await renderPage(strapi, uid, document, cardById.get(document.documentId)));
  return rendered;
};
