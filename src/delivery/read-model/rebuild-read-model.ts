import crypto from 'crypto';
import path from 'path';
import type { Core, UID } from '@strapi/strapi';
import { CONTENT_MODEL } from '../../content-model/registry';
import { ARTICLE_CARD } from '../../content-model/page-populate';
import { documentsOf } from '../../content-model/documents';
import { responseCacheOf } from '../caching/response-cache';
import { siteOf } from '../seo/site';
import { hashFilesBelow } from '../caching/build-identity';
import type { LinkRow, PageRow } from './page-rows';
import { LINKS, PAGES } from './tables';
import { recountTotals, totalsDrift } from './page-counts';
import { RENDER_BATCH, refreshPages } from './refresh-pages';
import { renderPages } from './render-pages';

const STORE = { type: 'plugin', name: 'wellness-cms', key: 'read-model-format' };
// Raised when rendering changes in a way the inputs below do not show.
const RENDERER_VERSION = 1;

// Taken when the module loads, so that nothing a query does to the trees can change the format:
// Strapi pushed documentId onto `fields` lists that lacked it, in place, which changed a later
// hash by 13 characters (`,"documentId"`); the trees now list it themselves (page-populate.ts).
const PAGE_TREES = JSON.stringify({
  version: RENDERER_VERSION,
  pages: CONTENT_MODEL.map((entry) => [entry.uid, entry.pagePopulate]),
  card: ARTICLE_CARD,
});

/**
 * What the stored pages were rendered from besides the content: the page trees, the schema files
 * of the content types and components, and the site's settings. A deploy that changes any of them
 * renders every page again at start. The files, not the loaded schemas: Strapi adds to those as it
 * runs queries.
 */
const renderFormat = (strapi: Core.Strapi) => {
  const hash = crypto.createHash('sha256');
  hash.update(PAGE_TREES);
  for (const { uid } of CONTENT_MODEL) {
    // api::article.article lives in api/article/content-types/article.
    const [api, model] = uid.slice('api::'.length).split('.');
    hashFilesBelow(hash, path.join(strapi.dirs.dist.src, 'api', api, 'content-types', model));
  }
  hashFilesBelow(hash, path.join(strapi.dirs.dist.src, 'components'));
  return hash.update(JSON.stringify(siteOf(strapi))).digest('base64url');
};

const publishedIds = async (strapi: Core.Strapi, uid: UID.ContentType) =>
  (await documentsOf(strapi, uid).findMany({ status: 'published', fields: ['documentId'], sort: 'id' })).map((found) => found.documentId);

const storedIds = async (strapi: Core.Strapi, uid: string): Promise<string[]> =>
  (await strapi.db.connection(PAGES).where({ content_type: uid }).select('document_id')).map(
    (row: { document_id: string }) => row.document_id
  );

/**
 * Renders every published page again, type by type, in place: a page being rebuilt is served as
 * it was until its batch commits, never missing. Rows of documents no longer published go last.
 */
export const rebuildReadModel = async (strapi: Core.Strapi) => {
  for (const { uid } of CONTENT_MODEL) {
    const ids = await publishedIds(strapi, uid);
    strapi.log.info(`Read model: rendering ${ids.length} published ${strapi.contentType(uid).info.singularName} page(s).`);
    await refreshPages(strapi, uid, ids);
    const live = new Set(ids);
    const gone = (await storedIds(strapi, uid)).filter((id) => !live.has(id));
    if (gone.length > 0) await refreshPages(strapi, uid, gone);
  }
  const known = CONTENT_MODEL.map((entry) => entry.uid as string);
  await strapi.db.connection(LINKS).whereNotIn('content_type', known).delete();
  await strapi.db.connection(PAGES).whereNotIn('content_type', known).delete();
  await strapi.db.transaction(({ trx }) => recountTotals(trx));
  await strapi.store.set({ ...STORE, value: renderFormat(strapi) });
  // Written behind the Document Service: cached answers must hear of it here.
  await responseCacheOf(strapi).invalidate(known, { announce: true });
};

/** Rebuilds at start when the pages were rendered another way, or their number does not match the published documents'. */
export const rebuildReadModelIfStale = async (strapi: Core.Strapi) => {
  const [stored, format] = [await strapi.store.get(STORE), renderFormat(strapi)];
  if (stored !== format) {
    strapi.log.info(
      `Read model: the page trees, schemas or site settings changed since the pages were rendered (format ${String(stored)}, now ${format}); rendering them all.`
    );
    return rebuildReadModel(strapi);
  }
  for (const { uid } of CONTENT_MODEL) {
    const [{ count }] = await strapi.db.connection(PAGES).where({ content_type: uid }).count({ count: '*' });
    const published = await documentsOf(strapi, uid).count({ status: 'published' });
    if (Number(count) === published) continue;
    // Content written around the Document Service (a bulk load, a hand-made SQL fix) leaves this.
    strapi.log.warn(`Read model: ${count} page(s) for ${published} published ${uid} document(s); rendering every page again.`);
    return rebuildReadModel(strapi);
  }
};

export type ReadModelDifference = { uid: string; documentId: string; problem: 'missing' | 'not published' | 'differs'; fields?: string[] };

const sameInstant = (a: unknown, b: unknown) =>
  (a ? new Date(a as string).getTime() : null) === (b ? new Date(b as string).getTime() : null);

/** JSON with every object's keys sorted: PostgreSQL's jsonb columns (image formats) do not keep the order they were written in. */
const canonical = (json: string | null) =>
  json === null
    ? null
    : JSON.stringify(JSON.parse(json), (_key, value: unknown) =>
        value && typeof value === 'object' && !Array.isArray(value)
          ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
          : value
      );

const differingFields = (stored: PageRow, fresh: PageRow, storedLinks: Set<string>, freshLinks: LinkRow[]) => {
  const fields: string[] = [];
  if (stored.slug !== fresh.slug) fields.push('slug');
  for (const field of ['page', 'json_ld', 'card'] as const) if (canonical(stored[field]) !== canonical(fresh[field])) fields.push(field);
  if (!sameInstant(stored.published_at, fresh.published_at)) fields.push('published_at');
  if (storedLinks.size !== freshLinks.length || freshLinks.some((link) => !storedLinks.has(link.shown_id))) fields.push('links');
  return fields;
};

/**
 * Compares every stored page with what the Document Service answers now, rendered afresh: a
 * published document with no page, a page of a document no longer published, and pages (or
 * their cards, JSON-LD and links) that differ, and listing totals that differ from a count of
 * the pages and links. Both empty when the read model is current.
 */
export const checkReadModel = async (strapi: Core.Strapi) => {
  const differences: ReadModelDifference[] = [];
  let checked = 0;
  const db = strapi.db.connection;
  for (const { uid } of CONTENT_MODEL) {
    const ids = await publishedIds(strapi, uid);
    const live = new Set(ids);
    for (const id of await storedIds(strapi, uid)) if (!live.has(id)) differences.push({ uid, documentId: id, problem: 'not published' });
    for (let start = 0; start < ids.length; start += RENDER_BATCH) {
      const batch = ids.slice(start, start + RENDER_BATCH);
      const [rendered, rows, links] = await Promise.all([
        renderPages(strapi, uid, batch),
        db(PAGES).where({ content_type: uid }).whereIn('document_id', batch).select('*') as Promise<PageRow[]>,
        db(LINKS).where({ content_type: uid }).whereIn('document_id', batch).select('document_id', 'shown_id') as Promise<LinkRow[]>,
      ]);
      const rowById = new Map(rows.map((row) => [row.document_id, row]));
      const linksById = new Map<string, Set<string>>();
      for (const link of links) linksById.set(link.document_id, (linksById.get(link.document_id) ?? new Set()).add(link.shown_id));
      for (const { row, links: freshLinks } of rendered) {
        checked += 1;
        const stored = rowById.get(row.document_id);
        if (!stored) {
          differences.push({ uid, documentId: row.document_id, problem: 'missing' });
          continue;
        }
        const fields = differingFields(stored, row, linksById.get(row.document_id) ?? new Set(), freshLinks);
        if (fields.length > 0) differences.push({ uid, documentId: row.document_id, problem: 'differs', fields });
      }
    }
  }
  return { checked, differences, totals: await totalsDrift(db) };
};
