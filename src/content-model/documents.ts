import type { Core, UID } from '@strapi/strapi';

/**
 * A Document Service query as this app writes it. Filters, populate trees and data are built
 * from the registry for whichever type a caller names, and written with `null` to clear a
 * field; Strapi's generated types check each against one literal uid and refuse both, which
 * used to take a cast at every call.
 */
export type DocumentQuery = {
  documentId?: string;
  status?: 'draft' | 'published';
  filters?: object;
  populate?: unknown;
  fields?: string[];
  sort?: string | string[] | Record<string, 'asc' | 'desc'> | Array<Record<string, 'asc' | 'desc'>>;
  limit?: number;
  start?: number;
};

/**
 * A document as Strapi returns it: its ids, then whatever the query selected. A caller that
 * knows what its fields and populate tree select names that shape (`findMany<FeedArticle>`).
 */
export type StoredDocument<Shape extends object = Record<string, unknown>> = Shape & { id: number; documentId: string };

type WithDocumentId = { documentId: string };

export type Documents = {
  findMany<Shape extends object = Record<string, unknown>>(query?: DocumentQuery): Promise<Array<StoredDocument<Shape>>>;
  findFirst<Shape extends object = Record<string, unknown>>(query?: DocumentQuery): Promise<StoredDocument<Shape> | null>;
  findOne<Shape extends object = Record<string, unknown>>(query: DocumentQuery & WithDocumentId): Promise<StoredDocument<Shape> | null>;
  count(query?: DocumentQuery): Promise<number>;
  create(query: { data: Record<string, unknown>; status?: 'draft' | 'published' }): Promise<StoredDocument>;
  update(query: WithDocumentId & { data: Record<string, unknown>; status?: 'draft' | 'published' }): Promise<StoredDocument | null>;
  publish(query: WithDocumentId): Promise<unknown>;
  unpublish(query: WithDocumentId): Promise<unknown>;
  delete(query: WithDocumentId): Promise<unknown>;
};

/**
 * Strapi's Document Service for `uid`, typed at this one boundary for queries built at run
 * time. Everything still goes through `strapi.documents`, so every Document Service
 * middleware (access rules, guards, the publish pipeline) applies as before.
 */
export const documentsOf = (strapi: Core.Strapi, uid: UID.ContentType | string): Documents =>
  strapi.documents(uid as UID.ContentType) as unknown as Documents;
