import fc from 'fast-check';
import qs from 'qs';
import type { Core } from '@strapi/strapi';
import { COLLECTIONS, type FuzzTargets } from './fuzz-content';

type Attribute = { type: string; target?: string; component?: string; components?: string[] };
type Query = Record<string, unknown>;

// The operators Strapi documents, then a few it must refuse.
const OPERATORS = [
  '$eq',
  '$eqi',
  '$ne',
  '$nei',
  '$lt',
  '$lte',
  '$gt',
  '$gte',
  '$in',
  '$notIn',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
  '$startsWith',
  '$startsWithi',
  '$endsWith',
  '$endsWithi',
  '$null',
  '$notNull',
  '$between',
];
const BOGUS_OPERATORS = ['$jsonSupersetOf', '$foo', 'eq', '$', '$raw', '$where'];
// Fields no public type has, or only private models have: each must be refused or ignored.
const FOREIGN_FIELDS = [
  'password',
  'resetPasswordToken',
  'registrationToken',
  'confirmationToken',
  'email',
  'username',
  'provider',
  'roles',
  'role',
  'users',
  'isActive',
  'accessKey',
  'nope',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  '__defineGetter__',
  'title.en',
  'a.b',
  '',
  '.',
  'title.',
  '.title',
  'author..name',
  '*',
  'created_by_id',
  'published_at',
  'document_id',
];
// Real attributes the public must not reach: admin relations, i18n bookkeeping, private fields.
const CLOSED_FIELDS = new Set([
  'createdBy',
  'updatedBy',
  'localizations',
  'importSourceKey',
  'importSourceHash',
  'originallyPublishedAt',
  'related',
  'folder',
]);

type Mode = 'plausible' | 'hostile';

const numberish = fc.oneof(
  fc.integer({ min: -3, max: 120 }),
  fc.constantFrom(0, -1, 1e9, 2 ** 31, 2 ** 53 + 2, 1e308, -1e308),
  fc.constantFrom('1e3', 'abc', '', '1.5', 'Infinity', 'NaN', '0x10', ' 3', '3 ', '-0', '١٢', '99999999999999999999999'),
  fc.double()
);

// The draft marker goes only where nothing echoes it back (filters), so a 200 that shows it leaked it.
const scalar = (targets: FuzzTargets, withMarker: boolean) => {
  const known = [...Object.values(targets.documentIds).flat(), ...Object.values(targets.slugs).flat(), 'Knee strength basics'];
  const marker = targets.markers.draft.toLowerCase();
  return fc.oneof(
    { weight: 20, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 10, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
    { weight: 10, arbitrary: numberish },
    { weight: 5, arbitrary: fc.boolean() },
    {
      weight: 5,
      arbitrary: fc.constantFrom(
        'true',
        'false',
        'null',
        'undefined',
        '2026-01-01',
        '2026-13-45T99:99',
        '%',
        '\\',
        "'",
        '"',
        '%00',
        '\u0000'
      ),
    },
    {
      weight: 10,
      arbitrary: fc.constantFrom(
        ...(withMarker ? [...known, targets.markers.draft] : known.filter((text) => !text.toLowerCase().includes(marker)))
      ),
    },
    { weight: 1, arbitrary: fc.constant('x'.repeat(3000)) },
    { weight: 5, arbitrary: fc.constant(null) }
  );
};

type Schema = { attributes: Record<string, Attribute> };
const schemaOf = (strapi: Core.Strapi, uid: string) => strapi.getModel(uid as never) as Schema | undefined;

/**
 * A model's field names and the models its relations, components and media lead to: the public
 * ones only when plausible, every real and foreign name when hostile.
 */
const fieldsOf = (strapi: Core.Strapi, uid: string, mode: Mode) => {
  const attributes = Object.entries(schemaOf(strapi, uid)?.attributes ?? {}).filter(
    ([name]) => mode === 'hostile' || !CLOSED_FIELDS.has(name)
  );
  const nested = attributes.flatMap(([name, attribute]) => {
    const target = attribute.target ?? attribute.component ?? (attribute.type === 'media' ? 'plugin::upload.file' : undefined);
    return target ? [[name, target] as const] : [];
  });
  const own = attributes.map(([name]) => name);
  return { names: mode === 'hostile' ? [...own, 'id', 'documentId', ...FOREIGN_FIELDS] : [...own, 'id', 'documentId'], nested };
};

/** The REST query parameters, built from the real schema: plausible ones that reach the database, and hostile ones. */
export const restQueryArbitraries = (strapi: Core.Strapi, targets: FuzzTargets) => {
  const value = scalar(targets, true);
  const echoedValue = scalar(targets, false);
  const memo = new Map<string, fc.Arbitrary<unknown>>();
  const memoised = <T>(key: string, build: () => fc.Arbitrary<T>): fc.Arbitrary<T> => {
    if (!memo.has(key)) memo.set(key, build());
    return memo.get(key) as fc.Arbitrary<T>;
  };

  const operatorsFor = (mode: Mode) => (mode === 'hostile' ? [...OPERATORS, ...BOGUS_OPERATORS] : OPERATORS);
  const operand = (mode: Mode) =>
    fc.oneof(
      { weight: 5, arbitrary: value },
      fc.array(value, { maxLength: 4 }),
      fc.dictionary(fc.constantFrom(...operatorsFor(mode)), value, { maxKeys: 2 })
    );

  const filters = (uid: string, depth: number, mode: Mode): fc.Arbitrary<Query> =>
    memoised(`filters ${uid} ${depth} ${mode}`, () => {
      const { names, nested } = fieldsOf(strapi, uid, mode);
      const condition = fc.oneof(
        { weight: 4, arbitrary: fc.dictionary(fc.constantFrom(...operatorsFor(mode)), operand(mode), { minKeys: 1, maxKeys: 2 }) },
        value
      );
      const entries: Array<fc.Arbitrary<[string, unknown]>> = [fc.tuple(fc.constantFrom(...names), condition)];
      if (depth > 0) {
        const inner = filters(uid, depth - 1, mode);
        entries.push(fc.tuple(fc.constantFrom('$and', '$or'), fc.array(inner, { maxLength: 3 })), fc.tuple(fc.constant('$not'), inner));
        if (nested.length > 0) {
          entries.push(fc.constantFrom(...nested).chain(([name, target]) => fc.tuple(fc.constant(name), filters(target, depth - 1, mode))));
        }
      }
      return fc.array(fc.oneof(...entries), { minLength: 1, maxLength: 3 }).map((pairs) => Object.fromEntries(pairs));
    });

  const fields = (uid: string, mode: Mode) => {
    const { names } = fieldsOf(strapi, uid, mode);
    return fc.oneof(fc.constantFrom(...names), fc.array(fc.constantFrom(...names), { maxLength: 5 }), fc.constant('*'));
  };

  const sort = (uid: string, mode: Mode) => {
    const { names, nested } = fieldsOf(strapi, uid, mode);
    const directions = mode === 'hostile' ? ['', ':asc', ':desc', ':DESC', ':sideways', '::', ':asc:desc'] : ['', ':asc', ':desc'];
    const one = fc.tuple(fc.constantFrom(...names), fc.constantFrom(...directions)).map(([name, direction]) => `${name}${direction}`);
    const byRelation = nested.length > 0 ? fc.constantFrom(...nested).map(([name]) => ({ [name]: { name: 'asc', id: 'desc' } })) : one;
    return fc.oneof(
      one,
      fc.array(one, { maxLength: 4 }),
      fc.dictionary(fc.constantFrom(...names), fc.constantFrom('asc', 'desc', ...(mode === 'hostile' ? ['up', ''] : []))),
      byRelation
    );
  };

  const populate = (uid: string, depth: number, mode: Mode): fc.Arbitrary<unknown> =>
    memoised(`populate ${uid} ${depth} ${mode}`, () => {
      const { names, nested } = fieldsOf(strapi, uid, mode);
      const relationNames = nested.map(([name]) => name);
      const hostileNames = mode === 'hostile' ? [...FOREIGN_FIELDS, 'createdBy', 'updatedBy', 'localizations', 'true'] : [];
      if (relationNames.length === 0 && hostileNames.length === 0) return fc.constant('*');
      const simple = fc.oneof(
        fc.constantFrom('*', ...relationNames, ...hostileNames),
        fc.array(fc.constantFrom(...relationNames, ...hostileNames), { maxLength: 4 })
      );
      if (depth === 0 || nested.length === 0) return simple;
      const shaped = fc.constantFrom(...nested).chain(([name, target]) =>
        fc
          .record(
            {
              populate: populate(target, depth - 1, mode),
              fields: fields(target, mode),
              filters: filters(target, 0, mode),
              sort: sort(target, mode),
              on: fc.dictionary(fc.constantFrom('shared.seo', 'nope.nope', target), fc.constant(true), { maxKeys: 1 }),
              ...(mode === 'hostile' ? { count: fc.boolean(), limit: numberish } : {}),
            },
            { requiredKeys: [] }
          )
          .map((tree) => ({ [name]: tree }))
      );
      const flags = fc.dictionary(
        fc.constantFrom(...relationNames, ...names.slice(0, 3)),
        fc.constantFrom(true, false, '*', ...(mode === 'hostile' ? ['yes', 1] : []))
      );
      return fc.oneof(simple, { weight: 2, arbitrary: shaped }, flags);
    });

  const pagination = fc.oneof(
    fc.record(
      { page: fc.integer({ min: 1, max: 4 }), pageSize: fc.integer({ min: 1, max: 120 }), withCount: fc.boolean() },
      { requiredKeys: [] }
    ),
    fc.record({ start: fc.integer({ min: 0, max: 10 }), limit: fc.integer({ min: -1, max: 120 }) }, { requiredKeys: [] }),
    fc.record(
      { page: numberish, pageSize: numberish, start: numberish, limit: numberish, withCount: fc.constantFrom(true, false, 'maybe') },
      { requiredKeys: [] }
    )
  );

  const shape = (uid: string, mode: Mode) =>
    fc.record(
      {
        filters: filters(uid, 2, mode),
        sort: sort(uid, mode),
        fields: fields(uid, mode),
        populate: populate(uid, 2, mode),
        pagination,
        status: fc.constant('published'),
      },
      { requiredKeys: [] }
    );

  // Root keys a public client must not get past: drafts, editorial state, unknown parameters.
  const hostileExtras = fc.record(
    {
      locale: fc.constantFrom('en', 'fr', '*', 'all', '', 'zz-ZZ', '../en'),
      status: fc.constantFrom('draft', 'DRAFT', '', 'modified', 'garbage'),
      _q: echoedValue,
      hasPublishedVersion: fc.constantFrom('true', 'false'),
      publicationFilter: fc.constantFrom('never-published', 'has-published-version'),
      where: value,
      foo: value,
    },
    { requiredKeys: [] }
  );

  /** Every parameter a core find or findOne reads: mostly valid shapes, some hostile ones. */
  const coreQuery = (uid: string): fc.Arbitrary<Query> =>
    fc.oneof(
      { weight: 3, arbitrary: shape(uid, 'plausible') },
      { weight: 1, arbitrary: fc.tuple(shape(uid, 'hostile'), hostileExtras).map(([query, extras]) => ({ ...query, ...extras })) }
    );

  return { coreQuery, value: echoedValue, numberish, pagination };
};

const UNSENDABLE = /[^\u0021-\u00ff]|#/gu;
const percentEncoded = (character: string) => {
  try {
    return encodeURIComponent(character);
  } catch {
    return '%ED%A0%80'; // a lone surrogate: sent as the bytes it would have in CESU-8
  }
};
/**
 * Percent-encodes only what Node's HTTP client refuses to send (spaces, controls, anything past
 * Latin-1) and '#'; stray '%' and raw Latin-1 bytes go out as they are, which is the point.
 */
export const sendable = (text: string) => text.replace(UNSENDABLE, percentEncoded);

/** The same query object as a URL in one of the shapes clients really send it. */
export const serialise = (query: Query) =>
  fc
    .record({
      arrayFormat: fc.constantFrom('indices' as const, 'brackets' as const, 'repeat' as const, 'comma' as const),
      encodeValuesOnly: fc.boolean(),
      encode: fc.boolean(),
      strictNullHandling: fc.boolean(),
    })
    .map((options) => {
      try {
        return sendable(qs.stringify(query, options));
      } catch {
        // The comma format cannot hold objects inside arrays; send those in the default format.
        return sendable(qs.stringify(query));
      }
    });

export const collectionNames = Object.keys(COLLECTIONS);
