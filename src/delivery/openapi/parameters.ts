import type { JsonSchema } from './content-schemas';

type Parameter = {
  name: string;
  in: 'path' | 'query';
  required?: boolean;
  description: string;
  schema: JsonSchema;
  style?: string;
  explode?: boolean;
};

export const pathParam = (name: string, description: string): Parameter => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});

export const queryParam = (name: string, description: string, schema: JsonSchema, required = false): Parameter => ({
  name,
  in: 'query',
  required,
  description,
  schema,
});

export const SLUG = pathParam('slug', 'The page slug, e.g. why-runners-should-get-regular-massage.');
export const PAGE = queryParam('page', 'Page number, from 1.', { type: 'integer', minimum: 1, default: 1 });
export const pageSize = (max: number, fallback: number) =>
  queryParam('pageSize', `Items per page, 1 to ${max}.`, { type: 'integer', minimum: 1, maximum: max, default: fallback });

const deepObject = (name: string, description: string): Parameter => ({
  name,
  in: 'query',
  description,
  schema: { type: 'object' },
  style: 'deepObject',
  explode: true,
});

/** Strapi's own query parameters for the core list and single-document routes. */
export const CORE_QUERY: Parameter[] = [
  deepObject('filters', 'Strapi filters, e.g. filters[slug][$eq]=shin-splints. Unknown fields are a 400.'),
  deepObject('populate', 'Relations and components to include, e.g. populate[topics][fields][0]=name.'),
  queryParam('fields', 'Fields to return, e.g. fields[0]=title.', { type: 'array', items: { type: 'string' } }),
  queryParam('sort', 'Sort order, e.g. sort=publishedAt:desc.', {
    anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
  }),
  deepObject('pagination', 'pagination[page] and pagination[pageSize] (at most 100, 25 by default).'),
  queryParam('status', 'Only "published" is accepted here; drafts are a 403.', { enum: ['published'] }),
];
