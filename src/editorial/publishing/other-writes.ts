import type { Core } from '@strapi/strapi';
import { responseCacheOf } from '../../delivery/caching/response-cache';
import { afterCommit } from './after-commit';

const WRITES = new Set(['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany']);

/**
 * Media files, permissions and settings are written with `strapi.db.query`, not the Document
 * Service, so database lifecycles are the only place their writes can be seen. Our own content
 * types are left to the publish pipeline, which can tell a draft save from a public change.
 */
export const dropCachedAnswersOnOtherWrites = (strapi: Core.Strapi) => {
  const cache = responseCacheOf(strapi);
  if (!cache.enabled) return;
  strapi.db.lifecycles.subscribe((event) => {
    const uid = event.model.uid;
    if (!WRITES.has(event.action) || uid.startsWith('api::')) return;
    void cache.invalidate([uid], { announce: false });
    void afterCommit(strapi, () => cache.invalidate([uid], { announce: true }));
  });
};
