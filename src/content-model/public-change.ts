import type { Modules, UID } from '@strapi/strapi';

export type PublicEvent = 'publish' | 'unpublish' | 'delete' | 'create' | 'update';

/** A write that changes what the public sees, as every effect of it needs to know it. */
export type PublicWrite = {
  event: PublicEvent;
  uid: UID.ContentType;
  /** Unknown before a create: the written document's id comes with the result. */
  documentId?: string;
  hasDraftAndPublish: boolean;
  /** The type's singular name, as front-ends and webhooks call it. */
  type: string;
};

type Params = { status?: string; documentId?: string };

/**
 * Which writes change what the public sees, named as the event they are: publish, unpublish and
 * delete always do; create and update only when they write the published version (or the type
 * has no drafts). Draft saves, the most frequent write, do not.
 */
export const publicChange = (action: string, params: Params, hasDraftAndPublish: boolean): PublicEvent | undefined => {
  if (action === 'publish' || action === 'unpublish' || action === 'delete') return action;
  if ((action === 'update' || action === 'create') && (!hasDraftAndPublish || params.status === 'published')) return action;
  return undefined;
};

/** The public change a Document Service call makes, or undefined for a draft save or a read. */
export const publicWriteOf = (context: Modules.Documents.Middleware.Context): PublicWrite | undefined => {
  const params = (context.params ?? {}) as Params;
  const hasDraftAndPublish = Boolean(context.contentType.options?.draftAndPublish);
  const event = publicChange(context.action, params, hasDraftAndPublish);
  if (!event) return undefined;
  return {
    event,
    uid: context.uid as UID.ContentType,
    documentId: params.documentId,
    hasDraftAndPublish,
    type: context.contentType.info.singularName,
  };
};
