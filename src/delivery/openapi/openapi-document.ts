import type { Core } from '@strapi/strapi';
import { SEARCH_PAGE_SIZE } from '../search/search-query';
import { PUBLIC_CONTENT_TYPES, SEARCH_TYPES } from '../../content-model/registry';
import { siteOf } from '../seo/site';
import { contentSchemas, schemaName, type JsonSchema } from './content-schemas';
import { CORE_QUERY, PAGE, SLUG, pageSize, pathParam, queryParam } from './parameters';
import { SHARED_SCHEMAS, envelope, object, pageResponses, ref, responses } from './responses';
import { fixedPaths } from './fixed-paths';

type Operation = Record<string, unknown>;

const withProperties = (schema: JsonSchema, extra: Record<string, JsonSchema>): JsonSchema => ({
  ...schema,
  properties: { ...(schema.properties as object), ...extra },
});

const TAXONOMY_PAGES = [
  ['topics', 'Topic', 'A topic page: the topic and its published articles, newest first.'],
  ['conditions', 'Condition', 'A condition page: the condition, its published articles and MedicalCondition JSON-LD.'],
  ['benefits', 'Benefit', 'A benefit page: the benefit and its published articles.'],
] as const;

const corePaths = (strapi: Core.Strapi) =>
  Object.fromEntries(
    PUBLIC_CONTENT_TYPES.flatMap((uid) => {
      const { pluralName, singularName } = strapi.contentType(uid).info;
      const name = schemaName(uid);
      const tag = { tags: ['Content'] };
      return [
        [
          `/api/${pluralName}`,
          {
            get: {
              ...tag,
              summary: `List published ${pluralName}`,
              parameters: CORE_QUERY,
              responses: responses(
                `Published ${pluralName}.`,
                envelope({ type: 'array', items: ref(name) }, object({ pagination: ref('Pagination') })),
                [400, 403]
              ),
            },
          },
        ],
        [
          `/api/${pluralName}/{documentId}`,
          {
            get: {
              ...tag,
              summary: `One published ${singularName}`,
              parameters: [pathParam('documentId', 'The document id.'), ...CORE_QUERY.filter((p) => p.name !== 'pagination')],
              responses: responses(`The published ${singularName}.`, envelope(ref(name)), [400, 403, 404]),
            },
          },
        ],
      ];
    })
  );

const pagePaths = (): Record<string, Record<string, Operation>> => {
  const pages = { tags: ['Pages'] };
  const jsonLdMeta = object({ jsonLd: ref('JsonLd') });
  return {
    '/api/articles/cards': {
      get: {
        ...pages,
        summary: 'Article cards for lists: the newest published articles with title, excerpt, byline, topics and cover image',
        parameters: [
          PAGE,
          pageSize(100, 10),
          queryParam('topic', 'Only articles with this topic, by its slug; not with condition.', { type: 'string', maxLength: 255 }),
          queryParam('condition', 'Only articles about this condition, by its slug; not with topic.', { type: 'string', maxLength: 255 }),
        ],
        responses: responses(
          'One page of cards, newest first.',
          envelope({ type: 'array', items: ref('Article') }, object({ pagination: ref('Pagination') })),
          [400]
        ),
      },
    },
    '/api/articles/slug/{slug}': {
      get: {
        ...pages,
        summary: 'An article page: the article with everything its page shows, its JSON-LD and its review cycle',
        parameters: [SLUG],
        responses: pageResponses(
          'The article page.',
          envelope(
            ref('Article'),
            object({
              jsonLd: ref('JsonLd'),
              review: { oneOf: [ref('ArticleReview'), { type: 'null' }], description: 'null for an article never reviewed.' },
              robots: {
                enum: ['index', 'noindex'],
                description: "noindex: the editor's SEO setting, or a lapsed review under REVIEW_OVERDUE_ACTION=noindex.",
              },
            })
          ),
          [404]
        ),
      },
    },
    '/api/articles/slug/{slug}/related': {
      get: {
        ...pages,
        summary: 'What to read next: published articles sharing conditions and topics, best first',
        parameters: [SLUG, queryParam('limit', 'How many, 1 to 20.', { type: 'integer', minimum: 1, maximum: 20, default: 5 })],
        responses: pageResponses(
          'Related articles with their relevance.',
          envelope({ type: 'array', items: ref('RelatedArticle') }, object({ limit: { type: 'integer' } })),
          [400, 404]
        ),
      },
    },
    ...Object.fromEntries(
      TAXONOMY_PAGES.map(([plural, name, summary]) => [
        `/api/${plural}/slug/{slug}`,
        {
          get: {
            ...pages,
            summary,
            parameters: [SLUG, PAGE, pageSize(100, 10)],
            responses: pageResponses(
              `The ${name.toLowerCase()} page.`,
              envelope(ref(name), object({ pagination: ref('Pagination'), jsonLd: ref('JsonLd') }, ['pagination'])),
              [400, 404]
            ),
          },
        },
      ])
    ),
    '/api/clinic-locations/slug/{slug}': {
      get: {
        ...pages,
        summary: 'A clinic page with opening hours, services and MedicalClinic JSON-LD',
        parameters: [SLUG],
        responses: pageResponses('The clinic page.', envelope(ref('ClinicLocation'), jsonLdMeta), [404]),
      },
    },
    '/api/clinic-locations/nearby': {
      get: {
        ...pages,
        summary: 'Clinic finder: published clinics within a radius, nearest first, with great-circle distances',
        parameters: [
          queryParam('lat', 'Latitude, -90 to 90.', { type: 'number', minimum: -90, maximum: 90 }, true),
          queryParam('lng', 'Longitude, -180 to 180.', { type: 'number', minimum: -180, maximum: 180 }, true),
          queryParam('radiusKm', 'Search radius in km, above 0 and at most 500.', {
            type: 'number',
            exclusiveMinimum: 0,
            maximum: 500,
            default: 25,
          }),
          queryParam('service', 'Only clinics offering this service (case-insensitive name).', { type: 'string', maxLength: 120 }),
        ],
        responses: responses(
          'Clinics, nearest first.',
          envelope(
            { type: 'array', items: ref('NearbyClinic') },
            object({
              origin: object({ lat: { type: 'number' }, lng: { type: 'number' } }),
              radiusKm: { type: 'number' },
              service: { type: ['string', 'null'] },
              count: { type: 'integer' },
            })
          )
        ),
      },
    },
    '/api/redirects': {
      get: {
        tags: ['Redirects'],
        summary: 'Every redirect, old page path to new: for a redirect map built with the site',
        responses: {
          200: {
            description: 'All redirects, by path. Page endpoints also answer an old slug with the redirect itself.',
            content: { 'application/json': { schema: object({ data: { type: 'array', items: ref('Redirect') } }) } },
          },
          400: {
            description: 'A query parameter was given: this endpoint takes none.',
            content: { 'application/json': { schema: ref('Error') } },
          },
        },
      },
    },
    '/api/search': {
      get: {
        tags: ['Search'],
        summary: 'Site search over published articles, conditions and benefits: ranked, highlighted, typo-tolerant',
        parameters: [
          queryParam('q', 'The words to search for (1 to 200 characters).', { type: 'string', minLength: 1, maxLength: 200 }, true),
          queryParam('type', `Comma-separated subset of ${SEARCH_TYPES.join(', ')}.`, { type: 'string' }),
          PAGE,
          pageSize(SEARCH_PAGE_SIZE.max, SEARCH_PAGE_SIZE.default),
        ],
        responses: responses(
          'One page of matches, best first.',
          envelope(
            { type: 'array', items: ref('SearchHit') },
            object({
              pagination: ref('Pagination'),
              query: { type: 'string' },
              correctedQuery: {
                type: ['string', 'null'],
                description: 'The corrected query that was searched when the given one found nothing.',
              },
            })
          ),
          [400, 503]
        ),
      },
    },
    '/api/preview/{type}/{documentId}': {
      get: {
        tags: ['Preview'],
        summary: "A draft as its page would show it, for the holder of a signed link from the admin panel's Open preview",
        parameters: [
          pathParam('type', 'article, topic, condition, benefit, clinic-location or author.'),
          pathParam('documentId', 'The document id.'),
          queryParam('expires', 'Link expiry, ms since the epoch (signed).', { type: 'string' }, true),
          queryParam('signature', 'HMAC-SHA256 signature of the link.', { type: 'string' }, true),
        ],
        responses: responses(
          'The draft.',
          envelope({ type: 'object' }, object({ preview: { const: true }, expiresAt: { type: 'string', format: 'date-time' } })),
          [403, 404]
        ),
      },
    },
  };
};

/** The OpenAPI 3.1 description of every public endpoint, built from the live models. */
export const openApiDocument = (strapi: Core.Strapi) => {
  const content = contentSchemas(strapi, PUBLIC_CONTENT_TYPES);
  const site = siteOf(strapi);
  return {
    openapi: '3.1.0',
    info: {
      title: `${site.name} content API`,
      version: '1.0.0',
      description: 'Published wellness content for front-ends. Every error is JSON: { data: null, error: { status, name, message } }.',
    },
    servers: [{ url: (strapi.config.get('server.url') as string) || '/' }],
    paths: { ...corePaths(strapi), ...pagePaths(), ...fixedPaths() },
    components: {
      schemas: {
        ...content,
        ...SHARED_SCHEMAS,
        RelatedArticle: withProperties(content.Article, {
          relevance: { type: 'number', description: 'Weighted count of shared conditions (2) and topics (1).' },
        }),
        NearbyClinic: withProperties(content.ClinicLocation, { distanceKm: { type: 'number' }, jsonLd: ref('JsonLd') }),
      },
    },
  };
};
