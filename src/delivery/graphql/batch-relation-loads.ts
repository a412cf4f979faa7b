import type { Core } from '@strapi/strapi';
import { requestFetchLimit } from './fetch-concurrency';

type Entity = { id: number | string };
type LoadParams = { limit?: number; offset?: number; count?: boolean } & Record<string, unknown>;
type Load = (uid: string, entity: Entity, fields: string | string[], params?: LoadParams) => Promise<unknown>;
type Pending = {
  uid: string;
  field: string;
  params: LoadParams;
  waiting: Array<{ entity: Entity; resolve: (value: unknown) => void; reject: (error: unknown) => void }>;
};

/**
 * Strapi's GraphQL resolvers load every relation and component of every item of a list one
 * parent at a time (`entityManager.load`, one query or more per parent and field): the N+1 of
 * Strapi's GraphQL. Loads of the same field with the same query arguments made in the same turn
 * of the event loop are answered by one populate over all their parents instead. Pagination is
 * applied per parent afterwards, in the order the populate returns (the relation's own order),
 * which is what one load per parent gives. Everything before the load (argument validation,
 * sanitising, the published-only filter) stays Strapi's.
 */
export const batchRelationLoads = (strapi: Core.Strapi) => {
  const entityManager = strapi.db.entityManager as unknown as {
    load: Load;
    findMany: (uid: string, params: object) => Promise<Array<Entity & Record<string, unknown>>>;
  };
  const loadOne = entityManager.load.bind(entityManager);
  // Per request: a batch never mixes two requests, so each one's reads stay its own (the
  // response cache tags an answer by the tables its request read).
  const batchesByRequest = new WeakMap<object, Map<string, Pending>>();
  const outsideRequests = {};
  const concurrency = strapi.config.get<number>('plugin::graphql.fetchConcurrency', 4);
  const batchesOfThisRequest = () => {
    const owner = strapi.requestContext.get() ?? outsideRequests;
    if (!batchesByRequest.has(owner)) batchesByRequest.set(owner, new Map());
    return batchesByRequest.get(owner)!;
  };

  const runBatch = async ({ uid, field, params, waiting }: Pending) => {
    const { limit, offset = 0, ...populateParams } = params;
    const ids = [...new Set(waiting.map(({ entity }) => entity.id))];
    const rows = await entityManager.findMany(uid, {
      select: ['id'],
      where: { id: { $in: ids } },
      populate: { [field]: Object.keys(populateParams).length ? populateParams : true },
    });
    const byId = new Map(rows.map((row) => [String(row.id), row[field]]));
    for (const { entity, resolve } of waiting) {
      if (!byId.has(String(entity.id))) {
        resolve(null);
        continue;
      }
      const value = byId.get(String(entity.id));
      resolve(Array.isArray(value) && limit !== undefined ? value.slice(offset, offset + limit) : value);
    }
  };

  entityManager.load = (uid, entity, fields, params = {}) => {
    // Only the shape GraphQL uses; counts, several fields and transactions keep Strapi's path.
    if (typeof fields !== 'string' || params.count || strapi.db.inTransaction() || entity?.id === undefined) {
      return loadOne(uid, entity, fields, params);
    }
    const key = `${uid}\n${fields}\n${JSON.stringify(params)}`;
    const batches = batchesOfThisRequest();
    return new Promise((resolve, reject) => {
      let batch = batches.get(key);
      if (!batch) {
        batch = { uid, field: fields, params, waiting: [] };
        batches.set(key, batch);
        const request = strapi.requestContext.get();
        const run = (pending: Pending) =>
          request ? requestFetchLimit(request, 'relation batches', concurrency)(() => runBatch(pending)) : runBatch(pending);
        setImmediate(() => {
          batches.delete(key);
          run(batch!).catch((error) => batch!.waiting.forEach((waiter) => waiter.reject(error)));
        });
      }
      batch.waiting.push({ entity, resolve, reject });
    });
  };
};
