import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import type { FuzzTargets } from './fuzz-content';

/** A GraphQL request: the document, its variables, and how it travels. */
export type GraphqlCase = { query: string; variables: Record<string, unknown>; method: 'POST' | 'GET' };

// Mutations that create accounts or send mail exist for the public by design; fuzzing them
// would only fill the user table. Content writes stay in: each must be refused.
const SKIPPED_MUTATIONS = new Set(['register', 'forgotPassword', 'resetPassword', 'changePassword', 'emailConfirmation', 'login']);

/** A value for a GraphQL argument, printed as a literal; enum names print bare. */
class EnumName {
  constructor(readonly name: string) {}
}

const printValue = (value: unknown): string => {
  if (value instanceof EnumName) return value.name;
  if (Array.isArray(value)) return `[${value.map(printValue).join(', ')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([key, item]) => `${key}: ${printValue(item)}`)
      .join(', ')}}`;
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return JSON.stringify(value);
};
const asJson = (value: unknown): unknown =>
  value instanceof EnumName
    ? value.name
    : Array.isArray(value)
      ? value.map(asJson)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asJson(item)]))
        : value;

/** The type as a variable declaration spells it: [ArticleFiltersInput!]! */
const printType = (type: GraphQLInputType): string => String(type);

export const graphqlDocuments = (schema: GraphQLSchema, targets: FuzzTargets): fc.Arbitrary<GraphqlCase> => {
  // Draft slugs and the marker go only into filters: elsewhere (search's query, error texts) they are echoed back.
  const marker = targets.markers.draft.toLowerCase();
  const known = [...Object.values(targets.documentIds).flat(), ...Object.values(targets.slugs).flat(), 'Knee strength basics', 'knee', ''];
  const echoSafe = known.filter((text) => !text.toLowerCase().includes(marker));
  const wrong = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}));
  const text = (inFilter: boolean) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.string({ maxLength: 10 }) },
      { weight: 2, arbitrary: fc.constantFrom(...(inFilter ? [...known, targets.markers.draft] : echoSafe)) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
      // Sort keys and names a lookup by name may trip on (sort arguments are plain strings).
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          '.',
          'title:asc',
          'title.',
          '.title',
          'author.name',
          'createdAt:desc,.',
          '__proto__',
          'constructor:desc',
          'toString'
        ),
      }
    );

  const leafValue = (type: GraphQLNamedType, inFilter: boolean): fc.Arbitrary<unknown> => {
    if (isEnumType(type))
      return fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom(...type.getValues().map((value) => new EnumName(value.name))) },
        { weight: 1, arbitrary: fc.constant(new EnumName('BOGUS')) }
      );
    switch (type.name) {
      case 'Int':
        return fc.oneof(
          { weight: 12, arbitrary: fc.integer({ min: -2, max: 120 }) },
          { weight: 1, arbitrary: fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 0) }
        );
      case 'Float':
        return fc.oneof(
          { weight: 12, arbitrary: fc.double({ min: -200, max: 200, noNaN: true }) },
          { weight: 1, arbitrary: fc.constantFrom(1e308, -0) }
        );
      case 'Boolean':
        return fc.boolean();
      case 'DateTime':
      case 'Date':
        return fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-01-01', 'yesterday', '2026-13-45', '');
      case 'Time':
        return fc.constantFrom('10:00:00.000', '25:99', '');
      case 'JSON':
        return fc.jsonValue({ maxDepth: 2 });
      default:
        return text(inFilter);
    }
  };

  const inputValue = (type: GraphQLInputType, depth: number, inFilter: boolean): fc.Arbitrary<unknown> => {
    if (isNonNullType(type)) return inputValue(type.ofType, depth, inFilter);
    if (isListType(type)) return fc.array(inputValue(type.ofType, depth, inFilter), { maxLength: 3 });
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      const filter = inFilter || type.name.endsWith('FiltersInput');
      // Past the depth, only scalar fields: and/or/not and relations would recurse for ever.
      const usable = depth > 0 ? fields : fields.filter((field) => isLeafType(getNamedType(field.type)));
      if (usable.length === 0) return fc.constant({});
      return fc
        .uniqueArray(fc.constantFrom(...usable), { maxLength: 3, selector: (field) => field.name })
        .chain((chosen) =>
          fc.tuple(...chosen.map((field) => inputValue(field.type, depth - 1, filter).map((value) => [field.name, value] as const)))
        )
        .map((entries) => Object.fromEntries(entries));
    }
    return leafValue(type, inFilter);
  };
  /** Mostly the right type; now and then a wrong one, which validation must refuse. */
  const argumentValue = (argument: GraphQLArgument) =>
    fc.oneof({ weight: 12, arbitrary: inputValue(argument.type, 2, false) }, { weight: 1, arbitrary: wrong });

  let variableCount = 0;
  type Built = { text: string; variables: Array<{ name: string; type: string; value: unknown }> };

  const argumentsOf = (field: GraphQLField<unknown, unknown>): fc.Arbitrary<Built> => {
    if (field.args.length === 0) return fc.constant({ text: '', variables: [] });
    // Required arguments always come (leaving them out is one fixed error); optional ones now and then.
    const required = field.args.filter((argument) => isNonNullType(argument.type));
    const optional = field.args.filter((argument) => !isNonNullType(argument.type));
    return (optional.length > 0 ? fc.subarray(optional, { maxLength: Math.min(3, optional.length) }) : fc.constant([]))
      .map((chosen) => [...required, ...chosen])
      .chain((chosen) => fc.tuple(...chosen.map((argument) => fc.tuple(fc.constant(argument), argumentValue(argument), fc.nat(4)))))
      .map((pairs) => {
        const variables: Built['variables'] = [];
        const parts = pairs.map(([argument, value, asVariable]) => {
          if (asVariable !== 0) return `${argument.name}: ${printValue(value)}`;
          const name = `v${(variableCount += 1)}`;
          variables.push({ name, type: printType(argument.type), value: asJson(value) });
          return `${argument.name}: $${name}`;
        });
        return { text: parts.length > 0 ? `(${parts.join(', ')})` : '', variables };
      });
  };

  const selection = (type: GraphQLNamedType, depth: number): fc.Arbitrary<Built> => {
    if (isUnionType(type)) {
      return fc
        .constantFrom(...type.getTypes())
        .chain((member) => selection(member, depth).map((inner) => ({ ...inner, text: `... on ${member.name} ${inner.text}` })));
    }
    if (!isObjectType(type) && !isInterfaceType(type)) return fc.constant({ text: '', variables: [] });
    const fields = Object.values(type.getFields()).filter((field) => depth > 0 || isLeafType(getNamedType(field.type)));
    if (fields.length === 0) return fc.constant({ text: '{ __typename }', variables: [] });
    return fc
      .array(fc.constantFrom(...fields), { minLength: 1, maxLength: 3 })
      .chain((chosen) => fc.tuple(...chosen.map((field) => fieldSelection(field, depth))))
      .chain((parts) =>
        fc.constantFrom('plain', 'inline', 'typename').map((wrap) => {
          const body = parts.map((part) => part.text).join(' ');
          const text =
            wrap === 'inline' ? `{ ... on ${type.name} { ${body} } }` : wrap === 'typename' ? `{ __typename ${body} }` : `{ ${body} }`;
          return { text, variables: parts.flatMap((part) => part.variables) };
        })
      );
  };

  const fieldSelection = (field: GraphQLField<unknown, unknown>, depth: number): fc.Arbitrary<Built> =>
    fc
      .tuple(fc.option(fc.nat(99), { freq: 4 }), argumentsOf(field), selection(getNamedType(field.type), depth - 1))
      .map(([alias, args, inner]) => ({
        text: `${alias === null ? '' : `a${alias}: `}${field.name}${args.text} ${inner.text}`,
        variables: [...args.variables, ...inner.variables],
      }));

  const operation = (kind: 'query' | 'mutation', fields: GraphQLField<unknown, unknown>[]) =>
    fc.array(fc.constantFrom(...fields), { minLength: 1, maxLength: 2 }).chain((roots) =>
      fc.tuple(...roots.map((root) => fieldSelection(root, 3))).map((parts) => {
        // Variables are numbered from 1 in each document, so a replayed case reads the same.
        const variables = parts.flatMap((part) => part.variables);
        const renamed = new Map(variables.map((variable, index) => [variable.name, `v${index + 1}`]));
        const body = parts
          .map((part) => part.text)
          .join(' ')
          .replace(/\$(v\d+)\b/g, (_match, name: string) => `$${renamed.get(name)}`);
        const declared =
          variables.length > 0 ? `(${variables.map((variable) => `$${renamed.get(variable.name)}: ${variable.type}`).join(', ')})` : '';
        return {
          query: `${kind} Fuzz${declared} { ${body} }`,
          variables: Object.fromEntries(variables.map((variable) => [renamed.get(variable.name), variable.value])),
        };
      })
    );

  const queries = Object.values(schema.getQueryType()?.getFields() ?? {});
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {}).filter((field) => !SKIPPED_MUTATIONS.has(field.name));
  const valid = fc.oneof({ weight: 6, arbitrary: operation('query', queries) }, { weight: 1, arbitrary: operation('mutation', mutations) });
  const documents = fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: valid.chain(broken) });
  return fc.tuple(documents, fc.constantFrom<'POST' | 'GET'>('POST', 'POST', 'GET')).map(([document, method]) => ({ ...document, method }));
};

const SYNTAX = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '$',
  '@',
  '!',
  '.',
  '...',
  ',',
  '"',
  '\\',
  '#',
  '=',
  '|',
  '&',
  'on',
  'fragment',
  'query',
  '\u0000',
  '"""',
];

/** A document made wrong: cut short, a character lost or added, spliced, or something else entirely. */
const broken = (document: { query: string; variables: Record<string, unknown> }) => {
  const { query } = document;
  const at = fc.nat(query.length);
  return fc
    .oneof(
      at.map((index) => query.slice(0, index)),
      at.map((index) => query.slice(0, index) + query.slice(index + 1)),
      fc.tuple(at, fc.constantFrom(...SYNTAX)).map(([index, piece]) => query.slice(0, index) + piece + query.slice(index)),
      fc.tuple(at, at).map(([from, to]) => query + query.slice(Math.min(from, to), Math.max(from, to))),
      fc.string({ unit: fc.constantFrom(...SYNTAX, 'articles', 'title', 'x', ' '), maxLength: 30 }),
      fc.integer({ min: 50, max: 3000 }).map((depth) => `${'{ articles '.repeat(depth)}${'}'.repeat(depth)}`),
      fc
        .integer({ min: 50, max: 2000 })
        .map((count) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: articles { title }`).join(' ')} }`),
      fc.constant('{ articles { ...F } } fragment F on Article { ...G } fragment G on Article { ...F }'),
      fc.constant('query A { articles { title } } query B { topics { name } }')
    )
    .map((text) => ({ query: text, variables: document.variables }));
};
