import { AsyncLocalStorage } from 'async_hooks';
import type { Core } from '@strapi/strapi';
import { CONTENT_MODEL, SEARCHABLE } from '../../content-model/registry';
import { COUNTS, LINKS, PAGES } from '../read-model/tables';

/** What one response was built from: the models whose rows it read, and how many statements. */
export type ReadSet = { tags: Set<string>; statements: number };

const reads = new AsyncLocalStorage<ReadSet>();
// A name after FROM or JOIN, schema-qualified or not (PostgreSQL: "public"."articles").
const TABLE_NAMES = /\b(?:from|join)\s+(?:[`"]?[a-z0-9_]+[`"]?\.)?([`"]?)([a-z0-9_]+)\1(?![\w`"])/gi;

/**
 * Tables to the tags writes invalidate. A model's own table is tagged with its uid; link and
 * component tables are only ever read together with their owner's or target's table, which
 * carries the tag. The search index is rebuilt from the searchable types, so it carries theirs;
 * the read model's pages show every type with a page and media files, so they carry all of those.
 */
const tagsByTable = (strapi: Core.Strapi) => {
  const tags = new Map<string, string[]>();
  for (const meta of strapi.db.metadata.values()) {
    tags.set(meta.tableName, meta.uid.includes('::') ? [meta.uid] : []);
  }
  const searchTags = [...SEARCHABLE.keys()];
  for (const table of ['search_entries', 'search_entries_fts', 'search_terms']) tags.set(table, searchTags);
  const pageTags = [...CONTENT_MODEL.map((entry) => entry.uid as string), 'plugin::upload.file'];
  for (const table of [PAGES, LINKS, COUNTS]) tags.set(table, pageTags);
  return tags;
};

/**
 * Records, for the response being built, which models its queries read, by watching every SQL
 * statement on Strapi's connection: REST controllers, GraphQL resolvers, populate and our own
 * SQL (search) all pass through it. Names that are no table of ours (a column in
 * `extract(epoch from "t0"."published_at")`) are skipped; an answer that ran queries but read no
 * table we know is not kept (see `canBeInvalidated`).
 */
export const trackReads = (strapi: Core.Strapi) => {
  const tags = tagsByTable(strapi);
  strapi.db.connection.on('query', ({ sql }: { sql: string }) => {
    const current = reads.getStore();
    if (!current) return;
    current.statements += 1;
    for (const [, , table] of sql.matchAll(TABLE_NAMES)) {
      tags.get(table!.toLowerCase())?.forEach((tag) => current.tags.add(tag));
    }
  });
};

export const recordingReads = <T>(readSet: ReadSet, work: () => Promise<T>) => reads.run(readSet, work);

/** An answer that read the database but no table we can invalidate by would never be dropped. */
export const canBeInvalidated = (readSet: ReadSet) => readSet.statements === 0 || readSet.tags.size > 0;
