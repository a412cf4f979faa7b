import type { Core } from '@strapi/strapi';
import { Kind, parse, visit, type DocumentNode } from 'graphql';
import type { Context, Next } from 'koa';
import { graphqlError, readJsonBody } from './json-body';

/** Each fragment's name with the fragments it spreads. */
const spreadsByFragment = (document: DocumentNode) => {
  const spreads = new Map<string, string[]>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    const names: string[] = [];
    visit(definition.selectionSet, { FragmentSpread: (node) => void names.push(node.name.value) });
    spreads.set(definition.name.value, names);
  }
  return spreads;
};

/** The first fragment that spreads itself, directly or through others, or undefined. */
const fragmentCycle = (spreads: Map<string, string[]>): string[] | undefined => {
  const done = new Set<string>();
  const walk = (name: string, trail: string[]): string[] | undefined => {
    if (trail.includes(name)) return [...trail.slice(trail.indexOf(name)), name];
    if (done.has(name)) return undefined;
    for (const next of spreads.get(name) ?? []) {
      const cycle = walk(next, [...trail, name]);
      if (cycle) return cycle;
    }
    done.add(name);
    return undefined;
  };
  for (const name of spreads.keys()) {
    const cycle = walk(name, []);
    if (cycle) return cycle;
  }
  return undefined;
};

const queryText = (ctx: Context): unknown =>
  ctx.method === 'GET' ? ctx.query.query : (ctx.request as { body?: { query?: unknown } }).body?.query;

/** Every fragment spread in the document, in operations and fragments alike. */
const spreadNames = (document: DocumentNode) => {
  const names: string[] = [];
  visit(document, { FragmentSpread: (node) => void names.push(node.name.value) });
  return names;
};

/** graphql-js's own message for the first unknown or cyclic fragment, or undefined. */
export const fragmentProblem = (document: DocumentNode): string | undefined => {
  const spreads = spreadsByFragment(document);
  const unknown = spreadNames(document).find((name) => !spreads.has(name));
  if (unknown) return `Unknown fragment "${unknown}".`;
  const cycle = fragmentCycle(spreads);
  if (!cycle) return undefined;
  const via = cycle.slice(1, -1).map((name) => `"${name}"`);
  return `Cannot spread fragment "${cycle[0]}" within itself${via.length > 0 ? ` via ${via.join(', ')}` : ''}.`;
};

const problemIn = (text: string) => {
  try {
    return fragmentProblem(parse(text, { noLocation: true }));
  } catch {
    return undefined; // a syntax error: Apollo answers that one itself
  }
};

/**
 * graphql-depth-limit, which the GraphQL plugin runs as a validation rule, follows fragment
 * spreads blindly: a spread of a fragment that does not exist threw a TypeError, and
 * `fragment F on Article { ...G } fragment G on Article { ...F }` overflowed the stack, both
 * 500s, before graphql-js's own KnownFragmentNames and NoFragmentCycles rules could answer.
 * Such documents are refused here, before Apollo, with the errors those rules would give.
 * Registered from bootstrap, so it runs after the global middlewares and before the router.
 */
export const refuseBrokenFragments = (strapi: Core.Strapi) => {
  const endpoint = strapi.plugin('graphql').config('endpoint') as string;
  strapi.server.use(async (ctx: Context, next: Next) => {
    if (ctx.path !== endpoint) return next();
    if (!(await readJsonBody(ctx))) return undefined;
    const text = queryText(ctx);
    // Only documents with a named spread ("...F", not "... on T") can go wrong here; the rest skip the extra parse.
    const problem = typeof text === 'string' && /\.\.\.\s*(?!on\b)[_A-Za-z]/.test(text) ? problemIn(text) : undefined;
    if (!problem) return next();
    graphqlError(ctx, 400, problem, 'GRAPHQL_VALIDATION_FAILED');
  });
};
