import type { Context, Next } from 'koa';
import { entryOf } from '../content-model/registry';

/**
 * LaunchPad's `<type>-populate` route middleware: a list comes with what its cards show and a
 * single entry with what its page shows (the registry's trees), when the client shapes nothing
 * itself. A client that sends its own `populate` or `fields` gets exactly that, within what
 * the public may read.
 */
export const defaultPopulateOf = (uid: string) => () => {
  const entry = entryOf(uid);
  const trees: Record<string, object | undefined> = { find: entry?.listPopulate, findOne: entry?.pagePopulate };
  return async (ctx: Context, next: Next) => {
    const handler = String((ctx.state.route as { handler?: string } | undefined)?.handler ?? '');
    const tree = trees[handler.slice(handler.lastIndexOf('.') + 1)];
    // Strapi parses query strings with qs, so ctx.query holds objects; Koa's type says strings.
    if (tree && ctx.query.populate === undefined && ctx.query.fields === undefined) ctx.query.populate = tree as never;
    await next();
  };
};
