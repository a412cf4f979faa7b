import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CONTENT_MODEL } from '../../../content-model/registry';
import { ForbiddenWithMessage } from '../../../platform/errors/forbidden-with-message';
import { previewRefusal } from '../../../editorial/preview/preview-links';
import { documentsOf } from '../../../content-model/documents';

type Context = {
  params: { type: string; documentId: string };
  query: Record<string, unknown>;
  state: Record<string, unknown>;
  body?: unknown;
};

const entryForType = (strapi: Core.Strapi, type: string) =>
  CONTENT_MODEL.find((entry) => entry.isPublic && strapi.contentType(entry.uid).info.singularName === type);

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** A draft as its page would show it, for holders of a signed preview link. */
  async findDraft(ctx: Context) {
    const { type, documentId } = ctx.params;
    const entry = entryForType(strapi, type);
    if (!entry) throw new errors.NotFoundError(`There is no previewable type "${type}".`);

    const { uid, pagePopulate } = entry;
    const grant = { uid, documentId, expires: Number(ctx.query.expires) };
    const refusal = previewRefusal(strapi, grant, ctx.query.signature);
    if (refusal) throw new ForbiddenWithMessage(refusal);

    // The signature was checked above: this request may read this type's drafts.
    ctx.state.previewAccess = grant;
    const draft = await documentsOf(strapi, uid).findOne({ documentId, status: 'draft', populate: pagePopulate });
    if (!draft) throw new errors.NotFoundError('This document no longer exists.');

    const data = await strapi.contentAPI.sanitize.output(draft, strapi.contentType(uid), { auth: ctx.state.auth });
    ctx.body = { data, meta: { preview: true, expiresAt: new Date(grant.expires).toISOString() } };
  },
});
