import type { Core, Modules } from '@strapi/strapi';
import { publicChange } from '../content-model/public-change';
import { responseCacheOf } from './response-cache';

/**
 * Runs at once, awaited, when there is no surrounding transaction: the usual case (REST,
 * GraphQL, the admin panel), where the writer then answers only after Redis or the other
 * instances have dropped the entries. Inside a caller's own transaction it runs once that
 * commits, unawaited: Strapi's commit callbacks cannot be awaited.
 */
const afterCommit = async (strapi: Core.Strapi, work: () => Promise<void>) => {
  if (!strapi.db.inTransaction()) return work();
  await strapi.db.transaction(({ onCommit }) => {
    onCommit(() => void work());
  });
};

/**
 * Drops cached answers built from a model whenever one of its documents changes publicly,
 * whichever way the write comes: admin panel, REST or GraphQL, scheduled publishing, imports,
 * scripts. Draft saves change nothing anyone can read and keep the cache as it is.
 */
export const invalidateOnPublicChanges =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const cache = responseCacheOf(strapi);
    const params = (context.params ?? {}) as { status?: string };
    const hasDraftAndPublish = Boolean(context.contentType.options?.draftAndPublish);
    if (!cache.enabled || !publicChange(context.action, params, hasDraftAndPublish)) return next();

    const tags = [context.uid];
    // Before: answers being built while the write runs are not kept. After the commit: answers
    // kept in between (which may have read the old rows) go, here and on the other instances.
    await cache.invalidate(tags, { announce: false });
    const result = await next();
    await afterCommit(strapi, () => cache.invalidate(tags, { announce: true }));
    return result;
  };

const WRITES = new Set(['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany']);

/**
 * Media files, permissions and settings are written with `strapi.db.query`, not the Document
 * Service, so database lifecycles are the only place their writes can be seen. Our own content
 * types are left to the middleware above, which can tell a draft save from a public change.
 */
export const invalidateOnOtherWrites = (strapi: Core.Strapi) => {
  const cache = responseCacheOf(strapi);
  if (!cache.enabled) return;
  strapi.db.lifecycles.subscribe((event) => {
    const uid = event.model.uid;
    if (!WRITES.has(event.action) || uid.startsWith('api::')) return;
    void cache.invalidate([uid], { announce: false });
    void afterCommit(strapi, () => cache.invalidate([uid], { announce: true }));
  });
};
