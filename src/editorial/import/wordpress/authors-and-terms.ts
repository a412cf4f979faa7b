import type { Core } from '@strapi/strapi';
import { documentsOf } from '../../../content-model/documents';
import { normaliseForMatching, type TaxonomyTerm } from '../match-terms';
import type { TaxonomyIndex } from '../taxonomy-index';
import { toSlug } from '../../slugs/slug-text';
import type { WordPressAuthor } from './wordpress-export';

const AUTHOR = 'api::author.author';
const TOPIC = 'api::topic.topic';

/**
 * The author document for a WordPress login: an author of the same name (or account e-mail) if
 * there is one, otherwise made from the export's display name, once per run and per name.
 */
export const authorFinder = (strapi: Core.Strapi, exported: Map<string, WordPressAuthor>) => {
  const byLogin = new Map<string, string | undefined>();
  const created: string[] = [];
  const find = async (login: string): Promise<string | undefined> => {
    if (byLogin.has(login)) return byLogin.get(login);
    const author = exported.get(login);
    const name = (author?.displayName || login).trim().slice(0, 255);
    if (!name) return undefined;
    const rows: Array<{ documentId: string; name: string; accountEmail: string | null }> = await strapi.db
      .query(AUTHOR)
      .findMany({ select: ['documentId', 'name', 'accountEmail'] });
    const email = author?.email.toLowerCase();
    const match = rows.find(
      (row) => normaliseForMatching(row.name) === normaliseForMatching(name) || (!!email && row.accountEmail?.toLowerCase() === email)
    );
    const documentId = match?.documentId ?? (await documentsOf(strapi, AUTHOR).create({ data: { name } })).documentId;
    if (!match) created.push(name);
    byLogin.set(login, documentId);
    return documentId;
  };
  return Object.assign(find, { created });
};

type Kind = 'category' | 'tag';
export type TermLinks = { topics: string[]; conditions: string[]; benefits: string[] };

/**
 * Categories and tags as links: a topic of the same name or slug, or else a condition or benefit
 * going by that name (a "Shin splints" tag is about the condition). Nothing is created (topics
 * are a marketer's plan for the site, not a copy of the old blog's tag cloud); the rest are
 * counted for the report.
 */
export const termFinder = async (strapi: Core.Strapi, taxonomy: TaxonomyIndex) => {
  const rows: Array<{ documentId: string; name: string; slug: string | null }> = await strapi.db
    .query(TOPIC)
    .findMany({ select: ['documentId', 'name', 'slug'], where: { publishedAt: null } });
  const topics = new Map<string, string>();
  for (const row of rows) {
    topics.set(normaliseForMatching(row.name), row.documentId);
    if (row.slug) topics.set(row.slug, row.documentId);
  }
  const named = (terms: TaxonomyTerm[], name: string) =>
    terms.find((term) => term.names.some((known) => normaliseForMatching(known) === normaliseForMatching(name)))?.key;
  const unmatched = new Map<string, { name: string; kind: Kind; posts: number }>();
  const find = (terms: Array<{ name: string; kind: Kind }>): TermLinks => {
    const links: TermLinks = { topics: [], conditions: [], benefits: [] };
    for (const { name, kind } of terms) {
      const topic = topics.get(normaliseForMatching(name)) ?? topics.get(toSlug(name));
      const condition = topic ? undefined : named(taxonomy.conditions, name);
      const benefit = topic || condition ? undefined : named(taxonomy.benefits, name);
      if (topic) links.topics.push(topic);
      else if (condition) links.conditions.push(condition);
      else if (benefit) links.benefits.push(benefit);
      // WordPress files every post without a category under "Uncategorized": that is no topic.
      else if (!/^uncategori[sz]ed$/i.test(name)) {
        const key = `${kind}:${normaliseForMatching(name)}`;
        const entry = unmatched.get(key) ?? { name, kind, posts: 0 };
        entry.posts += 1;
        unmatched.set(key, entry);
      }
    }
    return links;
  };
  return Object.assign(find, {
    unmatched: () => [...unmatched.values()].sort((a, b) => b.posts - a.posts || a.name.localeCompare(b.name)),
  });
};
