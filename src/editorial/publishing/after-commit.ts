import type { Core } from '@strapi/strapi';

/**
 * Runs at once, awaited, when there is no surrounding transaction: the usual case (REST,
 * GraphQL, the admin panel), where the writer then answers only after the work is done. Inside
 * a caller's own transaction it runs once that commits, unawaited: Strapi's commit callbacks
 * cannot be awaited.
 */
export const afterCommit = async (strapi: Core.Strapi, work: () => Promise<void>) => {
  if (!strapi.db.inTransaction()) return work();
  await strapi.db.transaction(({ onCommit }) => {
    onCommit(() => void work());
  });
};
