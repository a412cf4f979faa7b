type Params = { status?: string };

/**
 * Which writes change what the public sees, named as the event they are: publish, unpublish and
 * delete always do; create and update only when they write the published version (or the type
 * has no drafts). Draft saves, the most frequent write, do not.
 */
export const publicChange = (action: string, params: Params, hasDraftAndPublish: boolean) => {
  if (action === 'publish' || action === 'unpublish' || action === 'delete') return action;
  if ((action === 'update' || action === 'create') && (!hasDraftAndPublish || params.status === 'published')) return action;
  return undefined;
};
