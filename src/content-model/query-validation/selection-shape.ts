import { checkFilters } from './filter-shape';
import { DOCUMENT_ID, isComponent, isInheritedName, isRecord, refuse, targetOf, type Lookup, type Model } from './models';

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);
const refuseDocumentId = (path: string) => refuse(path, 'components have no documentId.');

/**
 * A dotted path ("cover.documentId:asc"), a list of them, or nested objects ({ cover: { documentId: 'asc' } }).
 * `populated`: the sort of a populated relation, which the database can only order by that
 * relation's own fields (a path through another relation or component built broken SQL).
 */
const checkSort = (model: Model, sort: unknown, lookup: Lookup, path: string, populated: boolean): void => {
  const refuseNested = () => refuse(path, 'a populated relation can only be sorted by its own fields.');
  for (const item of asList(sort)) {
    if (typeof item === 'string') {
      for (const field of item.split(',')) {
        const names = field.split(':')[0].trim().split('.');
        // Strapi's validator walks a sort path from its first non-empty name, so ".", "" or
        // "title." passed it and reached the query builder ("Attribute  not found", a 500).
        if (names.some((name) => name.trim() === '')) refuse(path, `"${field}" is not a sort key: name a field, as in "title:asc".`);
        let current: Model | undefined = model;
        for (const name of names) {
          if (!current) break;
          if (name === DOCUMENT_ID && isComponent(current)) refuseDocumentId(path);
          current = targetOf(current, name, lookup);
          if (current && populated) refuseNested();
        }
      }
    } else if (isRecord(item)) {
      for (const [key, value] of Object.entries(item)) {
        if (key.trim() === '') refuse(path, 'a sort key cannot be empty.');
        if (key === DOCUMENT_ID && isComponent(model)) refuseDocumentId(path);
        const target = targetOf(model, key, lookup);
        if (target && populated) refuseNested();
        if (target) checkSort(target, value, lookup, `${path}.${key}`, populated);
      }
    }
  }
};

const checkFields = (model: Model, fields: unknown, path: string) => {
  const names = asList(fields).flatMap((item) => (typeof item === 'string' ? item.split(',').map((name) => name.trim()) : []));
  if (isComponent(model) && names.includes(DOCUMENT_ID)) refuseDocumentId(path);
  // Strapi passes an empty name on to the query builder, which throws (a 500).
  if (names.includes('')) refuse(path, 'a field name cannot be empty.');
  // Passed Strapi's validator as attributes, then reached the database as column names (a 500).
  const inherited = names.find(isInheritedName);
  if (inherited !== undefined) refuse(path, `"${inherited}" is not a field.`);
};

/** Populate trees carry their own filters, sort and fields, and "on" fragments for components. */
const checkPopulate = (model: Model, populate: unknown, lookup: Lookup, path: string): void => {
  if (!isRecord(populate)) return;
  for (const [key, value] of Object.entries(populate)) {
    const target = targetOf(model, key, lookup);
    if (!target || !isRecord(value)) continue;
    checkQuery(target, value, lookup, `${path}.${key}`, true);
    if (!isRecord(value.on)) continue;
    for (const [uid, fragment] of Object.entries(value.on)) {
      const component = lookup(uid);
      if (component && isRecord(fragment)) checkQuery(component, fragment, lookup, `${path}.${key}.on.${uid}`, true);
    }
  }
};

/** The parts of a query the database runs: filters, sort, fields and populate, at any depth. */
export const checkQuery = (model: Model, params: Record<string, unknown>, lookup: Lookup, path: string, populated = false) => {
  // Strapi's _q search compares it as text; PostgreSQL text cannot hold U+0000.
  if (typeof params._q === 'string' && params._q.includes('\u0000')) refuse(`${path}._q`, 'text cannot contain the NUL character.');
  checkFilters(model, params.filters, lookup, `${path}.filters`);
  checkSort(model, params.sort, lookup, `${path}.sort`, populated);
  checkFields(model, params.fields, `${path}.fields`);
  checkPopulate(model, params.populate, lookup, `${path}.populate`);
};
