import type { Core, Modules } from '@strapi/strapi';
import { ForbiddenWithMessage } from '../platform/errors/forbidden-with-message';

type Ability = { can: (action: string, subject: string) => boolean };

/**
 * Strapi's RBAC can say "delete your own articles" but not "only while unpublished". An admin
 * user who may not publish a type may not delete a document of it that is live either.
 */
export const guardPublishedDeletes =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.action !== 'delete' || !context.contentType.options?.draftAndPublish) return next();
    const ability = strapi.requestContext.get()?.state?.userAbility as Ability | undefined;
    const { documentId } = context.params as { documentId?: string };
    if (!ability || !documentId || ability.can('plugin::content-manager.explorer.publish', context.uid)) return next();

    const isLive = await strapi.db.query(context.uid).count({ where: { documentId, publishedAt: { $notNull: true } } });
    if (isLive > 0) {
      throw new ForbiddenWithMessage(
        'This entry is published. Only someone who can publish may delete it; ask an editor to unpublish it first.'
      );
    }
    return next();
  };
