import type { Core, Modules, UID } from '@strapi/strapi';
import { firstFreeSlug, toSlug } from './slug-text';
import { fieldError } from '../../platform/errors/field-error';

type SlugAttribute = { type: 'uid'; targetField?: string; maxLength?: number };
type Data = Record<string, unknown>;

const WRITE_ACTIONS = new Set(['create', 'update', 'clone']);
const DEFAULT_MAX_LENGTH = 160;

const isBlank = (value: unknown) => value === null || (typeof value === 'string' && value.trim() === '');

/** Slugs already used by other documents of the type, starting with `base` (one query, not one per suffix). */
const slugsInUse = async (strapi: Core.Strapi, uid: UID.ContentType, base: string, exceptDocumentId?: string) => {
  const rows: Array<{ slug: string }> = await strapi.db.query(uid).findMany({
    select: ['slug'],
    where: {
      slug: { $startsWith: base },
      ...(exceptDocumentId ? { documentId: { $ne: exceptDocumentId } } : {}),
    },
  });
  return new Set(rows.map((row) => row.slug));
};

const sourceText = async (strapi: Core.Strapi, uid: UID.ContentType, field: string, data: Data, documentId?: string) => {
  if (typeof data[field] === 'string') return data[field] as string;
  if (!documentId) return '';
  const existing = await strapi.db.query(uid).findOne({ select: [field], where: { documentId } });
  return typeof existing?.[field] === 'string' ? existing[field] : '';
};

/**
 * Every slug is generated from the title or name when left empty, and made unique per type
 * with -2, -3 ...; an editor's explicit slug is kept as typed, and refused if another
 * document already uses it. A title change never touches an existing slug.
 */
export const assignSlugs =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const attributes = context.contentType.attributes as Record<string, unknown>;
    const attribute = attributes.slug as SlugAttribute | undefined;
    const params = context.params as { data?: Data; documentId?: string };
    if (!WRITE_ACTIONS.has(context.action) || attribute?.type !== 'uid' || !attribute.targetField || !params.data) {
      return next();
    }

    const { data } = params;
    const uid = context.uid;
    // A clone is a new document: it must not keep the original's slug, nor exclude it from the clash check.
    const ownDocumentId = context.action === 'update' ? params.documentId : undefined;
    const maxLength = attribute.maxLength ?? DEFAULT_MAX_LENGTH;

    if (typeof data.slug === 'string' && !isBlank(data.slug)) {
      const taken = await slugsInUse(strapi, uid, data.slug, ownDocumentId);
      if (taken.has(data.slug)) {
        const message = `The slug "${data.slug}" is already used by another ${context.contentType.info.singularName}. Choose another one or leave it empty to generate one.`;
        throw fieldError('slug', message);
      }
      return next();
    }

    const needsSlug = context.action !== 'update' || isBlank(data.slug);
    if (!needsSlug) return next();

    const text = await sourceText(strapi, uid, attribute.targetField, data, params.documentId);
    const base = toSlug(text) || context.contentType.info.singularName;
    data.slug = firstFreeSlug(base, await slugsInUse(strapi, uid, base, ownDocumentId), maxLength);
    return next();
  };
