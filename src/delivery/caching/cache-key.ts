const decode = (text: string) => decodeURIComponent(text.replace(/\+/g, '%20'));

/**
 * The query as a canonical string: parameters sorted by name (a stable sort, so repeated names
 * keep their order, which can matter, as in `sort`) and spelling differences of one value
 * (`%5B` or `[`, `+` or `%20`) folded together. Undefined when the query is malformed.
 */
export const normaliseQuery = (querystring: string): string | undefined => {
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
