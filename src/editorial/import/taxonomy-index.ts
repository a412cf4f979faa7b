import type { Core } from '@strapi/strapi';
import { findTerms, normaliseForMatching, type TaxonomyTerm } from './match-terms';

type Named = { documentId: string; name: string; alsoKnownAs?: Array<{ name: string }> };

export type TaxonomyIndex = {
  conditions: TaxonomyTerm[];
  benefits: TaxonomyTerm[];
  topics: TaxonomyTerm[];
  clinics: TaxonomyTerm[];
  /** Every name and alias, so suggestions leave out what the taxonomy already has. */
  knownNames: string[];
  nameOf: Map<string, string>;
};

// Draft rows: every document has one, published or not, and it carries the latest names.
const loadTerms = async (strapi: Core.Strapi, uid: Parameters<Core.Strapi['db']['query']>[0], withAliases = false) => {
  const rows: Named[] = await strapi.db.query(uid).findMany({
    select: ['documentId', 'name'],
    where: { publishedAt: null },
    ...(withAliases ? { populate: { alsoKnownAs: true } } : {}),
  });
  return rows.map((row) => ({ key: row.documentId, names: [row.name, ...(row.alsoKnownAs ?? []).map((alias) => alias.name)] }));
};

/** The taxonomy an import links against, loaded once per run. */
export const loadTaxonomyIndex = async (strapi: Core.Strapi): Promise<TaxonomyIndex> => {
  const index = {
    conditions: await loadTerms(strapi, 'api::condition.condition', true),
    benefits: await loadTerms(strapi, 'api::benefit.benefit', true),
    topics: await loadTerms(strapi, 'api::topic.topic'),
    clinics: await loadTerms(strapi, 'api::clinic-location.clinic-location'),
  };
  const all = [...index.conditions, ...index.benefits, ...index.topics, ...index.clinics];
  return {
    ...index,
    knownNames: all.flatMap((term) => term.names),
    nameOf: new Map(all.map((term) => [term.key, term.names[0]])),
  };
};

/** Clinic locations named in booking calls to action, and the names that match none. */
export const matchBookingClinics = (names: string[], clinics: TaxonomyTerm[]) => {
  const matched = new Set<string>();
  const unknown: string[] = [];
  for (const name of names) {
    const [clinic] = findTerms(name, clinics);
    const exact = clinics.find((term) => term.names.some((known) => normaliseForMatching(known) === normaliseForMatching(name)));
    const found = exact?.key ?? clinic;
    if (found) matched.add(found);
    else unknown.push(name);
  }
  return { matched: [...matched], unknown };
};
