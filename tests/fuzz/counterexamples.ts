import type { RestCase } from '../helpers/fuzz-rest-requests';
import type { GraphqlCase } from '../helpers/fuzz-graphql';

/**
 * Every request the fuzzers have caught the app failing on, kept word for word and run through
 * the same properties on every `npm test`, whatever the generators become. Each was fixed at
 * the root; the focused regression test named beside it says how.
 */
export const REST_COUNTEREXAMPLES: Array<[name: string, request: RestCase]> = [
  [
    '?__proto__ handed Object.prototype to route middlewares (security/prototype-pollution)',
    { route: '/api/articles', url: '/api/articles?__proto__' },
  ],
  [
    'constructor[prototype][populate] (security/prototype-pollution)',
    { route: '/api/articles', url: '/api/articles?constructor[prototype][populate]=x' },
  ],
  [
    'a field named after an Object.prototype member (security/prototype-names)',
    { route: '/api/conditions', url: '/api/conditions?fields=__proto__' },
  ],
  [
    'an inherited name among several fields (security/prototype-names)',
    { route: '/api/topics', url: '/api/topics?fields[0]=name&fields[1]=constructor' },
  ],
  ['a sort key with no name (api/unrunnable-queries)', { route: '/api/articles', url: '/api/articles?sort=.' }],
  [
    'a populated relation sorted by no name (api/unrunnable-queries)',
    { route: '/api/articles', url: '/api/articles?populate[topics][sort]=.' },
  ],
  ['an empty field name (api/unrunnable-queries)', { route: '/api/articles', url: '/api/articles?fields=' }],
  ['a NUL in the path (api/unreadable-requests)', { route: '/api/topics/:id', url: '/api/topics/%00' }],
  ['a NUL in _q', { route: '/api/articles', url: '/api/articles?_q=%00' }],
  ['a component matched by a fraction (api/unrunnable-queries)', { route: '/api/articles', url: '/api/articles?filters[sources]=-5e-324' }],
  ['an id past the integer range (api/unrunnable-queries)', { route: '/api/articles', url: '/api/articles?filters[id][$lt]=2147483648' }],
  [
    'a relation id past the integer range (api/unrunnable-queries)',
    { route: '/api/articles', url: '/api/articles?filters[author][$in][0]=99999999999' },
  ],
  [
    'an integer field compared with a fraction (api/unrunnable-queries)',
    { route: '/api/articles', url: '/api/articles?filters[readingTimeMinutes][$lt]=5.5' },
  ],
  [
    'documentId under a component (api/unrunnable-queries)',
    { route: '/api/articles', url: '/api/articles?filters[sources][documentId]=x' },
  ],
  ['operators given operators (api/unrunnable-queries)', { route: '/api/articles', url: '/api/articles?filters[title][$eq][$eq]=x' }],
  ['$not with a plain value (api/unrunnable-queries)', { route: '/api/articles', url: '/api/articles?filters[$not]=1' }],
  ['$between with one value (api/unrunnable-queries)', { route: '/api/articles', url: '/api/articles?filters[title][$between]=x' }],
  [
    'a number compared with text (api/unrunnable-queries)',
    { route: '/api/articles', url: '/api/articles?filters[readingTimeMinutes][$eq]=abc' },
  ],
  [
    'case-sensitive LIKE on a number (api/unrunnable-queries)',
    { route: '/api/articles', url: '/api/articles?filters[readingTimeMinutes][$contains]=1' },
  ],
  [
    'case-sensitive LIKE on a JSON field (api/unrunnable-queries)',
    { route: '/api/articles', url: '/api/articles?filters[body][$startsWith]=x' },
  ],
  [
    'a populated relation sorted through another relation (api/unrunnable-queries)',
    { route: '/api/articles', url: '/api/articles?populate[author][sort][articles][title]=asc' },
  ],
  ['a feed topic that is not a slug', { route: '/feed.xml', url: '/feed.xml?topic[0]=x', answers: 'xml' }],
];

export const GRAPHQL_COUNTEREXAMPLES: Array<[name: string, request: GraphqlCase]> = [
  [
    'an empty sort key on a connection nested in a list, seed -1509781382 on PostgreSQL (graphql/list-arguments)',
    {
      method: 'POST',
      query:
        'query Fuzz($v1: ID!, $v2: [String]) { author(documentId: $v1) { documentId } authors_connection { nodes { createdAt articles_connection(sort: $v2) { __typename } } nodes { documentId } pageInfo { total } } }',
      variables: { v1: '', v2: ['.'] },
    },
  ],
  [
    'pagination: null (graphql/malformed-documents)',
    { method: 'POST', query: '{ articles(pagination: null) { title topics(pagination: null) { name } } }', variables: {} },
  ],
  [
    'a fragment cycle (graphql/malformed-documents)',
    { method: 'POST', query: '{ articles { ...F } } fragment F on Article { ...G } fragment G on Article { ...F }', variables: {} },
  ],
  ['an unknown fragment spread (graphql/malformed-documents)', { method: 'GET', query: '{ articles { ...Missing } }', variables: {} }],
  [
    '"and" on a single field (api/unrunnable-queries)',
    { method: 'POST', query: '{ authors { articles(filters: { documentId: { and: [""] } }) { title } } }', variables: {} },
  ],
  [
    'a nested relation sorted through another relation (api/unrunnable-queries)',
    { method: 'POST', query: '{ topics { articles(sort: "author.name") { title } } }', variables: {} },
  ],
  [
    'a wrong-typed page size variable',
    { method: 'POST', query: 'query Fuzz($v1: Int) { articles(pagination: { pageSize: $v1 }) { title } }', variables: { v1: 'abc' } },
  ],
];
