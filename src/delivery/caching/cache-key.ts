import { LRUCache } from 'lru-cache';

const decode = (text: string) => decodeURIComponent(text.replace(/\+/g, '%20'));

const canonicalQuery = (querystring: string): string | undefined => {
  if (!querystring) return '';
  try {
    const pairs = querystring
      .split('&')
      .filter(Boolean)
      .map((pair) => {
        const equals = pair.indexOf('=');
        return equals === -1 ? [decode(pair), ''] : [decode(pair.slice(0, equals)), decode(pair.slice(equals + 1))];
      });
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return JSON.stringify(pairs);
  } catch {
    return undefined;
  }
};

// Sites ask for the same few hundred queries again and again, and working one out costs as much
// as the rest of a cache hit: canonical forms are kept, bounded in bytes (NUL marks a malformed query).
const CANONICAL = new LRUCache<string, string>({
  maxSize: 2 * 1024 * 1024,
  sizeCalculation: (value, key) => key.length + value.length + 1,
});
const MALFORMED = '\u0000';

/**
 * The query as a canonical string: parameters sorted by name (a stable sort, so repeated names
 * keep their order, which can matter, as in `sort`) and spelling differences of one value
 * (`%5B` or `[`, `+` or `%20`) folded together. Undefined when the query is malformed.
 */
export const normaliseQuery = (querystring: string): string | undefined => {
  const known = CANONICAL.get(querystring);
  if (known !== undefined) return known === MALFORMED ? undefined : known;
  const canonical = canonicalQuery(querystring);
  CANONICAL.set(querystring, canonical ?? MALFORMED);
  return canonical;
};

/**
 * Everything that changes a public answer: the path, the query (which carries the locale, the
 * filters, the page and the populate tree) and the Origin, which decides the CORS headers.
 * GET and HEAD share entries. Undefined when the request cannot be keyed safely.
 */
export const cacheKeyOf = ({ path, querystring, origin }: { path: string; querystring: string; origin: string }): string | undefined => {
  const query = normaliseQuery(querystring);
  if (query === undefined) return undefined;
  return `${path}\n${query}\n${origin}`;
};
