import { errors } from '@strapi/utils';
import type { CheckedArticle } from './checked-article';

// Bounds for a form sent to be checked: an edit view never comes near them, a crafted request stops here.
const MAX_DEPTH = 12;
const MAX_NODES = 50_000;
const MAX_SOURCES = 200;

type Record_ = Record<string, unknown>;
const isRecord = (value: unknown): value is Record_ => typeof value === 'object' && value !== null && !Array.isArray(value);

const refuse = (field: string, what: string): never => {
  throw new errors.ValidationError(`"${field}" must be ${what}.`);
};

const text = (value: unknown, field: string): string | null => {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : refuse(field, 'text or null');
};

const wholeNumber = (value: unknown, field: string): number | null => {
  if (value === undefined || value === null || value === '') return null;
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) ? number : refuse(field, 'a whole number or null');
};

const list = (value: unknown, field: string): unknown[] => {
  const items = value ?? [];
  if (!Array.isArray(items) || items.length > MAX_SOURCES) return refuse(field, `a list of at most ${MAX_SOURCES} entries`);
  return items;
};

/** A rich-text body as the edit view holds it: arrays of nodes, within bounds of depth and size. */
const checkBody = (value: unknown) => {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value)) return refuse('body', 'a list of rich-text blocks');
  let nodes = 0;
  const walk = (list: unknown[], depth: number) => {
    if (depth > MAX_DEPTH) refuse('body', `nested at most ${MAX_DEPTH} deep`);
    for (const node of list) {
      nodes += 1;
      if (nodes > MAX_NODES) refuse('body', `at most ${MAX_NODES} rich-text nodes`);
      if (!isRecord(node)) refuse('body', 'a list of rich-text blocks');
      const { children } = node as Record_;
      if (children !== undefined && !Array.isArray(children)) refuse('body', 'rich-text blocks whose children are lists');
      if (Array.isArray(children)) walk(children, depth + 1);
    }
  };
  walk(value, 1);
  return value as CheckedArticle['body'];
};

const component = <Field extends string>(value: unknown, field: string, fields: readonly Field[]): Record<Field, string | null> | null => {
  if (value === undefined || value === null) return null;
  if (!isRecord(value)) return refuse(field, 'an object or null');
  return Object.fromEntries(fields.map((name) => [name, text(value[name], `${field}.${name}`)])) as Record<Field, string | null>;
};

/**
 * The saved draft with the edit view's unsaved values laid over it, for a check while the
 * editor types. Only the fields the check reads are taken, each checked for shape; nothing is written.
 */
export const withUnsavedValues = (saved: CheckedArticle, data: unknown): CheckedArticle => {
  if (!isRecord(data)) return refuse('data', 'the edit view’s values, as an object');
  const article: CheckedArticle = { ...saved };
  if ('title' in data) article.title = text(data.title, 'title') ?? '';
  if ('excerpt' in data) article.excerpt = text(data.excerpt, 'excerpt');
  if ('body' in data) article.body = checkBody(data.body);
  if ('seo' in data) article.seo = component(data.seo, 'seo', ['metaTitle', 'metaDescription'] as const);
  // The medical review is never typed (only a sign-off writes it): the saved one stands.
  if ('reviewIntervalMonths' in data) article.reviewIntervalMonths = wholeNumber(data.reviewIntervalMonths, 'reviewIntervalMonths');
  // Every field the sign-off's fingerprint covers, so that an unchanged form matches the saved version.
  if ('sources' in data) {
    article.sources = list(data.sources, 'sources').map((source, index) => ({
      ...(component(source, `sources.${index}`, ['title', 'url', 'publisher'] as const) ?? { title: null, url: null, publisher: null }),
      year: isRecord(source) ? wholeNumber(source.year, `sources.${index}.year`) : null,
    }));
  }
  if ('faq' in data) {
    article.faq = list(data.faq, 'faq').map(
      (item, index) => component(item, `faq.${index}`, ['question', 'answer'] as const) ?? { question: null, answer: null }
    );
  }
  if ('cover' in data) {
    const cover = data.cover;
    if (cover !== null && cover !== undefined && !isRecord(cover)) refuse('cover', 'an object or null');
    const image =
      isRecord(cover) && isRecord(cover.image) ? { url: typeof cover.image.url === 'string' ? cover.image.url : undefined } : null;
    article.cover = isRecord(cover) ? { alt: text(cover.alt, 'cover.alt'), image } : null;
  }
  return article;
};
