import type { Context, Next } from 'koa';

type TreesByAction = Partial<Record<'find' | 'findOne', object>>;

/**
 * LaunchPad's `<type>-populate` route middleware: a list or a single entry comes with the
 * relations its page shows, from a constant tree, when the client shapes nothing itself. A
 * client that sends its own `populate` or `fields` gets exactly that, within what the public
 * may read.
 */
export const defaultPopulate = (trees: TreesByAction) => () => async (ctx: Context, next: Next) => {
  const handler = String((ctx.state.route as { handler?: string } | undefined)?.handler ?? '');
  const tree = trees[handler.slice(handler.lastIndexOf('.') + 1) as keyof TreesByAction];
  if (tree && ctx.query.populate === undefined && ctx.query.fields === undefined) ctx.query.populate = tree as never;
  await next();
};
