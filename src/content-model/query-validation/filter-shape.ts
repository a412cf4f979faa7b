import { attributeOf, DOCUMENT_ID, isComponent, isRecord, refuse, targetOf, type Lookup, type Model } from './models';

// The database's where builder (@strapi/database query/helpers/where) throws a plain Error on
// each shape refused below, which Strapi answered as a 500. Its rules, checked before it runs:
const GROUP = new Set(['$and', '$or']);
const LIST_OPERATORS = new Set(['$in', '$notIn']);

const isOperator = (key: string) => key.startsWith('$');
// Numbers the database compares as numbers: Strapi's cast threw a plain Error on "abc" (a 500
// on both databases), and PostgreSQL refused text for integer ids.
const NUMERIC_TYPES = new Set(['integer', 'biginteger', 'float', 'decimal']);
const TRUTH_OPERATORS = new Set(['$null', '$notNull']);
// LIKE without LOWER(): PostgreSQL has no such operator for numbers, booleans, dates or JSON.
const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'email', 'uid', 'enumeration', 'password']);
const CASE_SENSITIVE_PATTERNS = new Set(['$contains', '$notContains', '$startsWith', '$endsWith']);
// JSON columns (blocks, json): PostgreSQL parses a compared value as JSON, so plain text failed.
// The case-insensitive operators compare the column cast to text, and $null needs no value.
const JSON_TYPES = new Set(['json', 'blocks']);
const JSON_OPERATORS = new Set(['$null', '$notNull', '$not', '$containsi', '$notContainsi', '$startsWithi', '$endsWithi', '$eqi', '$nei']);
const isNumberLike = (value: unknown) =>
  value === null || typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)));
// Ids and integer columns: PostgreSQL refused "1.5" or "-5e-324" for an integer, and anything
// past the column's range, each as a 500.
const INT4 = 2n ** 31n;
const INT8 = 2n ** 63n;
const fitsInteger = (limit: bigint) => (value: unknown) => {
  if (value === null) return true;
  const digits = typeof value === 'number' && Number.isInteger(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^[+-]?\d+$/.test(digits)) return false;
  const number = BigInt(digits);
  return number >= -limit && number < limit;
};
/** Which values a numeric column accepts: whole numbers in its range, or any finite number. */
type Numbers = 'integer' | 'biginteger' | 'number' | false;
const fitsNumbers = (numbers: Numbers) =>
  numbers === 'integer' ? fitsInteger(INT4) : numbers === 'biginteger' ? fitsInteger(INT8) : isNumberLike;
const numbersOf = (key: string, type: string): Numbers =>
  key === 'id' || type === 'integer' ? 'integer' : type === 'biginteger' ? 'biginteger' : NUMERIC_TYPES.has(type) ? 'number' : false;
// PostgreSQL text cannot hold U+0000: a filter value with one failed in the driver.
const hasNul = (value: unknown) => typeof value === 'string' && value.includes('\u0000');
const valuesOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : [value]);
const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);
// qs turns a list longer than its arrayLimit into an object with numeric keys; still a list.
const isIndexed = (value: Record<string, unknown>) => Object.keys(value).length > 0 && Object.keys(value).every((key) => /^\d+$/.test(key));
const isScalarOrList = (value: unknown): boolean =>
  isScalar(value) ||
  (Array.isArray(value) && value.every(isScalar)) ||
  (isRecord(value) && isIndexed(value) && Object.values(value).every(isScalar));

/** What one column is compared with: a value, a list, or operators ($not may nest operators). */
const checkCondition = (condition: unknown, path: string, numbers: Numbers, text = !numbers, json = false): void => {
  const isAccepted = fitsNumbers(numbers);
  if (!isRecord(condition) || isIndexed(condition)) {
    if (json) refuse(path, 'a JSON field is matched with $containsi, $eqi or $null.');
    if (!isScalarOrList(condition)) refuse(path, 'a list of values may hold only plain values.');
    if (valuesOf(condition).some(hasNul)) refuse(path, 'text cannot contain the NUL character.');
    if (numbers && !valuesOf(condition).every(isAccepted))
      refuse(path, `this field takes ${numbers === 'number' ? 'numbers' : 'whole numbers in range'}.`);
    return;
  }
  for (const [operator, value] of Object.entries(condition)) {
    const at = `${path}.${operator}`;
    if (numbers && !TRUTH_OPERATORS.has(operator) && operator !== '$not' && !valuesOf(value).every(isAccepted))
      refuse(at, `${operator} on this field takes ${numbers === 'number' ? 'numbers' : 'whole numbers in range'}.`);
    if (operator !== '$not' && valuesOf(value).some(hasNul)) refuse(at, 'text cannot contain the NUL character.');
    if (json && !JSON_OPERATORS.has(operator)) refuse(at, `${operator} does not work on a JSON field; use $containsi, $eqi or $null.`);
    if (!text && CASE_SENSITIVE_PATTERNS.has(operator)) refuse(at, `${operator} works on text fields; use ${operator}i here.`);
    if (operator === '$not') checkCondition(value, at, numbers, text, json);
    else if (!isOperator(operator) || GROUP.has(operator)) refuse(at, `${operator} is not an operator a field can use.`);
    else if (operator === '$between' && !(Array.isArray(value) && value.length === 2 && value.every(isScalar)))
      refuse(at, '$between takes exactly two values.');
    else if (!isScalarOrList(value) || (LIST_OPERATORS.has(operator) && value === null))
      refuse(at, `${operator} takes a value or a list of values.`);
  }
};

/**
 * A relation, media field or component: matched by id (a value, a list, or one operator), or
 * by the fields of what it leads to. The database cannot mix the two in one object.
 */
const checkRelation = (target: Model, value: unknown, lookup: Lookup, path: string): void => {
  if (!isRecord(value) || isIndexed(value)) {
    if (!isScalarOrList(value)) refuse(path, 'a list of ids may hold only plain values.');
    if (!valuesOf(value).every(fitsNumbers('integer'))) refuse(path, 'a relation is matched by whole-number ids.');
    return;
  }
  const keys = Object.keys(value);
  const operators = keys.filter(isOperator);
  if (operators.length === 0) return checkFilters(target, value, lookup, path);
  if (operators.length !== keys.length) refuse(path, 'operators and fields cannot be mixed here; combine them with $and.');
  if (operators.length > 1) refuse(path, 'only one operator is allowed here; combine them with $and.');
  if (GROUP.has(operators[0])) return checkFilters(target, value, lookup, path);
  // Any other operator compares the related ids.
  return checkCondition(value, path, 'integer');
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
      else {
        const type = attributeOf(model, key)?.type ?? '';
        checkCondition(value, at, numbersOf(key, type), TEXT_TYPES.has(type), JSON_TYPES.has(type));
      }
    }
  }
};
