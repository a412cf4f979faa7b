import { DOCUMENT_ID, isComponent, isRecord, refuse, targetOf, type Lookup, type Model } from './models';

// The database's where builder (@strapi/database query/helpers/where) throws a plain Error on
// each shape refused below, which Strapi answered as a 500. Its rules, checked before it runs:
const GROUP = new Set(['$and', '$or']);
const LIST_OPERATORS = new Set(['$in', '$notIn']);

const isOperator = (key: string) => key.startsWith('$');
const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);
// qs turns a list longer than its arrayLimit into an object with numeric keys; still a list.
const isIndexed = (value: Record<string, unknown>) => Object.keys(value).length > 0 && Object.keys(value).every((key) => /^\d+$/.test(key));
const isScalarOrList = (value: unknown): boolean =>
  isScalar(value) || (Array.isArray(value) && value.every(isScalar)) || (isRecord(value) && isIndexed(value) && Object.values(value).every(isScalar));

/** What one column is compared with: a value, a list, or operators ($not may nest operators). */
const checkCondition = (condition: unknown, path: string): void => {
  if (!isRecord(condition) || isIndexed(condition)) {
    if (!isScalarOrList(condition)) refuse(path, 'a list of values may hold only plain values.');
    return;
  }
  for (const [operator, value] of Object.entries(condition)) {
    const at = `${path}.${operator}`;
    if (operator === '$not') checkCondition(value, at);
    else if (!isOperator(operator) || GROUP.has(operator)) refuse(at, `${operator} is not an operator a field can use.`);
    else if (operator === '$between' && !(Array.isArray(value) && value.length === 2 && value.every(isScalar))) refuse(at, '$between takes exactly two values.');
    else if (!isScalarOrList(value) || (LIST_OPERATORS.has(operator) && value === null)) refuse(at, `${operator} takes a value or a list of values.`);
  }
};

/**
 * A relation, media field or component: matched by id (a value, a list, or one operator), or
 * by the fields of what it leads to. The database cannot mix the two in one object.
 */
const checkRelation = (target: Model, value: unknown, lookup: Lookup, path: string): void => {
  if (!isRecord(value) || isIndexed(value)) {
    if (!isScalarOrList(value)) refuse(path, 'a list of ids may hold only plain values.');
    return;
  }
  const keys = Object.keys(value);
  const operators = keys.filter(isOperator);
  if (operators.length === 0) return checkFilters(target, value, lookup, path);
  if (operators.length !== keys.length) refuse(path, 'operators and fields cannot be mixed here; combine them with $and.');
  if (operators.length > 1) refuse(path, 'only one operator is allowed here; combine them with $and.');
  if (GROUP.has(operators[0])) return checkFilters(target, value, lookup, path);
  // Any other operator compares the related ids.
  return checkCondition(value, path);
};

/** A where clause on one model: fields, relations, and $and / $or / $not around them. */
export const checkFilters = (model: Model, filters: unknown, lookup: Lookup, path: string): void => {
  if (filters === undefined) return;
  if (Array.isArray(filters)) {
    filters.forEach((item, index) => checkFilters(model, item, lookup, `${path}.${index}`));
    return;
  }
  if (!isRecord(filters)) refuse(path, 'filters must be an object.');
  for (const [key, value] of Object.entries(filters as Record<string, unknown>)) {
    const at = `${path}.${key}`;
    if (GROUP.has(key)) {
      const items = isRecord(value) && isIndexed(value) ? Object.values(value) : value;
      if (!Array.isArray(items) || !items.every(isRecord)) refuse(at, `${key} takes a list of filter objects.`);
      (items as unknown[]).forEach((item, index) => checkFilters(model, item, lookup, `${at}.${index}`));
    } else if (key === '$not') {
      if (!isRecord(value)) refuse(at, '$not takes a filter object.');
      checkFilters(model, value, lookup, at);
    } else if (isOperator(key)) {
      refuse(at, `${key} must be applied to a field.`);
    } else if (key === DOCUMENT_ID && isComponent(model)) {
      refuse(at, 'components have no documentId.');
    } else {
      const target = targetOf(model, key, lookup);
      if (target) checkRelation(target, value, lookup, at);
      else checkCondition(value, at);
    }
  }
};
