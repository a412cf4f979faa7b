import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { entryOf } from '../../content-model/registry';
import { ForbiddenWithMessage } from '../../platform/errors/forbidden-with-message';
import { adminRoute, requirePermission, type AdminContext, type ContentAction } from '../tools/editorial-route';
import { documentHistory, documentVersion, restoreVersion } from './document-history';

type PermissionChecker = {
  cannot: Record<ContentAction, (entity?: object) => boolean>;
  requiresEntity: Record<ContentAction, () => boolean>;
  sanitizeUpdateInput: (entity: object) => (data: Record<string, unknown>) => Promise<Record<string, unknown>>;
};

const uidOf = (ctx: AdminContext): UID.ContentType => {
  const uid = ctx.params?.uid ?? '';
  if (!entryOf(uid)) throw new errors.NotFoundError(`"${uid}" is no content type with a history.`);
  return uid as UID.ContentType;
};

const versionIdOf = (ctx: AdminContext) => {
  const id = Number(ctx.params?.versionId);
  if (!Number.isSafeInteger(id) || id < 1)
    throw new errors.ValidationError('The version id must be a whole number, as the history lists it.');
  return id;
};

/**
 * Whether this panel user may `action` this document, as the Content Manager decides it: role,
 * then conditions such as "only their own" checked on the document itself. A deleted document
 * is open only to those whose right has no condition.
 */
const documentAccess = async (strapi: Core.Strapi, ctx: AdminContext, uid: UID.ContentType, action: ContentAction) => {
  requirePermission(ctx, action, uid);
  const checker: PermissionChecker = strapi
    .plugin('content-manager')
    .service('permission-checker')
    .create({ userAbility: ctx.state.userAbility, model: uid });
  const documentId = ctx.params?.documentId ?? '';
  const document: object | null = await strapi.db.query(uid).findOne({ where: { documentId }, populate: { createdBy: true } });
  const refused = document ? checker.cannot[action](document) : checker.requiresEntity[action]();
  if (refused) throw new ForbiddenWithMessage(`You may not ${action} this document, so not its history either.`);
  return { checker, document, documentId };
};

/** The history beside the edit view: versions, what each changed, and bringing one back as the draft. */
export const historyRoutes = (strapi: Core.Strapi) => {
  const noCheck = () => undefined;
  return [
    adminRoute('GET', '/history/:uid/:documentId', noCheck, async (ctx) => {
      const uid = uidOf(ctx);
      const { documentId } = await documentAccess(strapi, ctx, uid, 'read');
      ctx.body = { data: await documentHistory(strapi, uid, documentId) };
    }),
    adminRoute('GET', '/history/:uid/:documentId/:versionId', noCheck, async (ctx) => {
      const uid = uidOf(ctx);
      const versionId = versionIdOf(ctx);
      const { documentId } = await documentAccess(strapi, ctx, uid, 'read');
      ctx.body = { data: await documentVersion(strapi, uid, documentId, versionId) };
    }),
    adminRoute('POST', '/history/:uid/:documentId/:versionId/restore', noCheck, async (ctx) => {
      const uid = uidOf(ctx);
      const versionId = versionIdOf(ctx);
      const { checker, document, documentId } = await documentAccess(strapi, ctx, uid, 'update');
      if (!document) throw new errors.NotFoundError('This document no longer exists; its versions are kept for the record.');
      // Only the fields this person may edit come back: their role's field permissions, as in the edit view.
      ctx.body = { data: await restoreVersion(strapi, uid, documentId, versionId, checker.sanitizeUpdateInput(document)) };
    }),
  ];
};
