import type { Core, UID } from '@strapi/strapi';
import { CONTENT_MODEL } from '../../content-model/registry';

type Attribute = { type: string; target?: string; component?: string; allowedTypes?: string[] };
type Schema = { attributes: Record<string, Attribute> };

const MEDIA = 'plugin::upload.file';

/** The types a populate tree reaches from a schema: relation targets and media, through components. */
const typesReached = (strapi: Core.Strapi, schema: Schema, populate: unknown, into: Set<string>) => {
  if (!populate || typeof populate !== 'object') return into;
  for (const [name, nested] of Object.entries(populate as Record<string, unknown>)) {
    const attribute = schema.attributes[name];
    if (!attribute || !nested) continue;
    if (attribute.type === 'relation' && attribute.target) into.add(attribute.target);
    if (attribute.type === 'media') into.add(MEDIA);
    const inner = typeof nested === 'object' ? (nested as { populate?: unknown }).populate : undefined;
    // `true` populates a component's own fields only: what it links to needs its own populate.
    if (attribute.type === 'component' && attribute.component && inner) {
      const component = strapi.components[attribute.component as keyof typeof strapi.components] as unknown as Schema;
      typesReached(strapi, component, inner, into);
    }
  }
  return into;
};

/**
 * For each type, the types its page shows: a write to one of them re-renders the pages that show
 * it, and a new relation to it re-renders the page on the other side when that page shows it.
 */
export const pageDependencies = (strapi: Core.Strapi): ReadonlyMap<string, ReadonlySet<string>> =>
  new Map(
    CONTENT_MODEL.map((entry) => {
      const schema = strapi.contentType(entry.uid as UID.ContentType) as unknown as Schema;
      return [entry.uid, typesReached(strapi, schema, entry.pagePopulate, new Set())];
    })
  );
