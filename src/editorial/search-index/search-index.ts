import type { Core, UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import { responseCacheOf } from '../../delivery/caching/response-cache';
import { SEARCHABLE } from '../../content-model/registry';
import type { SearchText } from '../../content-model/search-text';
import { isCorrectableWord, wordsOf } from '../../delivery/search/words';
import { documentsOf } from '../../content-model/documents';

const ENTRIES = 'search_entries';
const TERMS = 'search_terms';
const REBUILD_BATCH = 200;

type Published = Record<string, unknown> & { documentId: string; slug?: string; publishedAt?: string };

const knownTerms = async (trx: Knex, text: SearchText) => {
  const terms = [...new Set(wordsOf(Object.values(text).join('\n')).filter(isCorrectableWord))];
  for (let start = 0; start < terms.length; start += 500) {
    const rows = terms.slice(start, start + 500).map((term) => ({ term }));
    await trx(TERMS).insert(rows).onConflict('term').ignore();
  }
};

// The snippet markers the database's highlighting wraps matches in (STX and ETX).
// eslint-disable-next-line no-control-regex -- the markers are control characters
const SNIPPET_MARKERS = /[\u0002\u0003]/g;

/** One published document's index row, and the text it was made from (bulk seeders use it too). */
export const searchEntryOf = (uid: UID.ContentType, document: Published) => {
  const searchable = SEARCHABLE.get(uid)!;
  // The snippet markers must only ever come from the database's highlighting.
  const text = Object.fromEntries(
    Object.entries(searchable.text(document)).map(([column, value]) => [column, value.replace(SNIPPET_MARKERS, ' ')])
  ) as SearchText;
  const row = {
    content_type: searchable.type,
    document_id: document.documentId,
    slug: document.slug ?? '',
    title: text.title,
    aliases: text.aliases,
    summary: text.summary,
    body: text.body,
    published_at: document.publishedAt ? new Date(document.publishedAt) : null,
  };
  return { row, text };
};

const writeEntry = async (trx: Knex, uid: UID.ContentType, document: Published) => {
  const { row, text } = searchEntryOf(uid, document);
  await trx(ENTRIES).where({ content_type: row.content_type, document_id: row.document_id }).delete();
  await trx(ENTRIES).insert(row);
  await knownTerms(trx, text);
};

/**
 * Brings one document's entry in line with its published version: written when it is live,
 * removed when it is not. Runs inside the caller's transaction when there is one, so a publish
 * that rolls back leaves the index as it was.
 */
export const reindexDocument = async (strapi: Core.Strapi, uid: UID.ContentType, documentId: string) => {
  const searchable = SEARCHABLE.get(uid);
  if (!searchable) return;
  const published = await documentsOf(strapi, uid).findOne<Published>({ documentId, status: 'published', populate: searchable.populate });
  await strapi.db.transaction(async ({ trx }) => {
    if (published) await writeEntry(trx, uid, published);
    else await trx(ENTRIES).where({ content_type: searchable.type, document_id: documentId }).delete();
  });
};

const entryCount = async (strapi: Core.Strapi, type: string) => {
  const [row] = await strapi.db.connection(ENTRIES).where({ content_type: type }).count({ count: '*' });
  return Number(row.count);
};

const rebuildType = async (strapi: Core.Strapi, uid: UID.ContentType, publishedCount: number) => {
  const searchable = SEARCHABLE.get(uid)!;
  strapi.log.info(`Search: indexing ${publishedCount} published ${searchable.type} document(s).`);
  await strapi.db.connection(ENTRIES).where({ content_type: searchable.type }).delete();
  for (let start = 0; start < publishedCount; start += REBUILD_BATCH) {
    const batch = await documentsOf(strapi, uid).findMany<Published>({
      status: 'published',
      populate: searchable.populate,
      sort: 'id',
      start,
      limit: REBUILD_BATCH,
    });
    await strapi.db.transaction(async ({ trx }) => {
      for (const document of batch) await writeEntry(trx, uid, document);
    });
  }
  // Written behind the Document Service: cached search answers must hear of it here.
  await responseCacheOf(strapi).invalidate([uid], { announce: true });
};

const publishedCountOf = (strapi: Core.Strapi, uid: UID.ContentType) => documentsOf(strapi, uid).count({ status: 'published' });

/**
 * Rebuilds a type's entries when they do not match its published documents in number: on the
 * first start after the index was created, or after content was written behind Strapi's back.
 */
export const rebuildSearchIndexIfStale = async (strapi: Core.Strapi) => {
  for (const uid of SEARCHABLE.keys()) {
    const publishedCount = await publishedCountOf(strapi, uid);
    if (publishedCount !== (await entryCount(strapi, SEARCHABLE.get(uid)!.type))) await rebuildType(strapi, uid, publishedCount);
  }
};

/**
 * Rebuilds every entry and forgets every known word: for when all content was replaced at once
 * (a restore), where equal counts say nothing about equal content.
 */
export const rebuildSearchIndex = async (strapi: Core.Strapi) => {
  await strapi.db.connection(TERMS).delete();
  for (const uid of SEARCHABLE.keys()) await rebuildType(strapi, uid, await publishedCountOf(strapi, uid));
};
