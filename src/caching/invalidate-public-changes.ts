import type { Core } from '@strapi/strapi';
import { afterCommit } from '../platform/database/after-commit';
import { responseCacheOf } from './response-cache';

/**
 * Before a public write of a model: answers being built while it runs are not kept. (The
 * publish pipeline calls this and the next, for every write of our content types.)
 */
export const holdCachedAnswers = async (strapi: Core.Strapi, uid: string) => {
  const cache = responseCacheOf(strapi);
  if (cache.enabled) await cache.invalidate([uid], { announce: false });
};

/** After its commit: answers kept in between (which may have read the old rows) go, here and on the other instances. */
export const dropCachedAnswers = async (strapi: Core.Strapi, uid: string) => {
  const cache = responseCacheOf(strapi);
  if (cache.enabled) await cache.invalidate([uid], { announce: true });
};

const WRITES = new Set(['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany']);

/**
 * Media files, permissions and settings are written with `strapi.db.query`, not the Document
 * Service, so database lifecycles are the only place their writes can be seen. Our own content
 * types are left to the publish pipeline, which can tell a draft save from a public change.
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
