import type { Core, UID } from '@strapi/strapi';
import { diffWords } from 'diff';
import { bodyLines } from '../../content-model/rich-text/block-text';
import type { Snapshot } from './document-snapshot';

type Attribute = { type: string; component?: string; repeatable?: boolean };
type Schema = { attributes: Record<string, Attribute> };

/** A run of text as one version has it against the other: kept, added or removed. */
export type TextPart = { value: string; added?: true; removed?: true };

/** One field that differs between two versions. Text is compared word by word; other values whole. */
export type FieldChange =
  | { field: string; kind: 'text'; parts: TextPart[] }
  | { field: string; kind: 'value'; before: string | null; after: string | null };

const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'blocks', 'email', 'uid']);

const labelled = (value: unknown): string => {
  if (value && typeof value === 'object' && 'label' in value) return String((value as { label: unknown }).label);
  if (value && typeof value === 'object' && 'name' in value) return String((value as { name: unknown }).name);
  return String(value);
};

/** How a value reads to an editor: a body as its lines, links and files by their names. */
const readable = (strapi: Core.Strapi, attribute: Attribute, value: unknown): string | null => {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return null;
  if (attribute.type === 'blocks') return bodyLines(value).join('\n');
  if (attribute.type === 'relation' || attribute.type === 'media') return (Array.isArray(value) ? value : [value]).map(labelled).join(', ');
  if (attribute.type === 'component') {
    const schema = strapi.components[attribute.component as UID.Component] as Schema;
    const items = Array.isArray(value) ? value : [value];
    return items
      .map((item: Record<string, unknown>) =>
        Object.entries(schema.attributes)
          .map(([name, inner]) => readable(strapi, inner, item[name]))
          .filter(Boolean)
          .join(' · ')
      )
      .join('\n');
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
};

const changesIn = (strapi: Core.Strapi, schema: Schema, older: Snapshot, newer: Snapshot, prefix = ''): FieldChange[] =>
  Object.entries(schema.attributes).flatMap(([name, attribute]): FieldChange[] => {
    if (!(name in older) && !(name in newer)) return [];
    const field = `${prefix}${name}`;
    const [before, after] = [older[name] ?? null, newer[name] ?? null];
    // A single component (SEO, cover, review) is compared field by field: "seo.metaDescription".
    if (attribute.type === 'component' && !attribute.repeatable && (before || after)) {
      const inner = strapi.components[attribute.component as UID.Component] as Schema;
      return changesIn(strapi, inner, (before ?? {}) as Snapshot, (after ?? {}) as Snapshot, `${field}.`);
    }
    const [was, is] = [readable(strapi, attribute, before), readable(strapi, attribute, after)];
    if (was === is) return [];
    if (TEXT_TYPES.has(attribute.type) || (attribute.type === 'component' && attribute.repeatable)) {
      const parts = diffWords(was ?? '', is ?? '').map(
        ({ value, added, removed }): TextPart => ({ value, ...(added ? { added: true } : {}), ...(removed ? { removed: true } : {}) })
      );
      return [{ field, kind: 'text', parts }];
    }
    return [{ field, kind: 'value', before: was, after: is }];
  });

/** What changed from one version of a document to the next, field by field, in schema order. */
export const versionChanges = (strapi: Core.Strapi, uid: UID.ContentType, older: Snapshot | null, newer: Snapshot): FieldChange[] =>
  changesIn(strapi, strapi.getModel(uid) as Schema, older ?? {}, newer);
