import { ref, type JsonSchema } from './content-schemas';

export { ref };

const json = (schema: JsonSchema) => ({ 'application/json': { schema } });

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'The request is malformed; the message names the parameter and what it must be.',
  403: 'Not allowed: drafts through the public API, or an invalid or expired preview link.',
  404: 'Nothing published answers to this slug or id.',
  503: 'Too many searches are waiting for their turn; try again after Retry-After seconds.',
};

/** A 200 with this JSON body plus the error answers a route can give, each as Strapi's error body. */
export const responses = (description: string, body: JsonSchema, errorStatuses: number[] = [400]) => ({
  200: { description, content: json(body) },
  ...Object.fromEntries(errorStatuses.map((status) => [status, { description: ERROR_DESCRIPTIONS[status], content: json(ref('Error')) }])),
});

/** The answer of a page endpoint whose slug moved: the redirect's status, a Location, and the redirect itself. */
const movedResponses = () =>
  Object.fromEntries(
    [301, 302, 307, 308].map((status) => [
      status,
      {
        description:
          status === 301
            ? 'The page moved: its slug changed, or an editor redirected it. Location names the endpoint to ask next.'
            : 'An editor redirected this page with this status. Location names where to ask next.',
        headers: { Location: { description: 'Where the page is now.', schema: { type: 'string' } } },
        content: json(ref('MovedPage')),
      },
    ])
  );

/** A page endpoint's answers: the page, its errors, or where it moved. */
export const pageResponses = (description: string, body: JsonSchema, errorStatuses: number[]) => ({
  ...responses(description, body, errorStatuses),
  ...movedResponses(),
});

export const textResponse = (description: string, mediaType: string, errorStatuses: number[] = []) => ({
  200: { description, content: { [mediaType]: { schema: { type: 'string' } } } },
  ...Object.fromEntries(errorStatuses.map((status) => [status, { description: ERROR_DESCRIPTIONS[status], content: json(ref('Error')) }])),
});

export const envelope = (data: JsonSchema, meta: JsonSchema = { type: 'object' }): JsonSchema => ({
  type: 'object',
  required: ['data', 'meta'],
  properties: { data, meta },
  additionalProperties: false,
});

export const object = (properties: Record<string, JsonSchema>, required = Object.keys(properties)): JsonSchema => ({
  type: 'object',
  required,
  properties,
  additionalProperties: false,
});

export const SHARED_SCHEMAS: Record<string, JsonSchema> = {
  Error: object({
    data: { type: 'null' },
    error: object({ status: { type: 'integer' }, name: { type: 'string' }, message: { type: 'string' }, details: { type: 'object' } }, [
      'status',
      'name',
      'message',
    ]),
  }),
  Pagination: object({
    page: { type: 'integer' },
    pageSize: { type: 'integer' },
    pageCount: { type: 'integer' },
    total: { type: 'integer' },
  }),
  JsonLd: {
    type: 'object',
    description: 'schema.org JSON-LD, ready for a <script type="application/ld+json"> element.',
    required: ['@context'],
    properties: {
      '@context': { const: 'https://schema.org' },
      '@graph': { type: 'array', items: { type: 'object', required: ['@type'] } },
      '@type': { type: 'string' },
    },
  },
  ArticleReview: {
    ...object({
      lastReviewed: { type: 'string', format: 'date' },
      nextReviewDue: { type: 'string', format: 'date', description: 'From this day on the review is overdue.' },
      status: { enum: ['current', 'due-soon', 'overdue'], description: 'due-soon: within MEDICAL_REVIEW_DUE_SOON_DAYS of the due date.' },
    }),
    description: "Where the article's medical review stands, as of today.",
  },
  Redirect: {
    ...object({
      from: { type: 'string', description: 'The old path on the site, e.g. /articles/old-slug.' },
      to: { type: 'string', description: 'Where it leads: a path on the site, or an http(s) address.' },
      statusCode: { enum: [301, 302, 307, 308] },
    }),
    description: 'An old page address and where it leads now.',
  },
  MovedPage: object({ data: { type: 'null' }, meta: object({ redirect: ref('Redirect') }) }),
  SearchHit: object({
    type: { enum: ['article', 'condition', 'benefit'] },
    documentId: { type: 'string' },
    slug: { type: 'string' },
    title: { type: 'string' },
    snippet: { type: 'string', description: 'Safe HTML: text escaped, matched words wrapped in <mark>.' },
    score: { type: 'number', description: 'Higher is a better match; comparable within one response.' },
    path: { type: 'string', description: 'Where the page lives on the site, e.g. /conditions/shin-splints.' },
  }),
};
