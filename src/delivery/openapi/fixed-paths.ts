import { queryParam } from './parameters';
import { object, textResponse } from './responses';

/** Paths the models do not shape: the feeds at the root, GraphQL, and this document. */
export const fixedPaths = () => ({
  '/feed.xml': {
    get: {
      tags: ['Feeds'],
      summary: 'RSS 2.0 feed of the latest published articles',
      parameters: [queryParam('topic', 'Only articles with this topic slug.', { type: 'string' })],
      responses: textResponse('The RSS feed.', 'application/rss+xml', [400]),
    },
  },
  '/sitemap.xml': {
    get: {
      tags: ['Feeds'],
      summary: 'Sitemap of every public page with lastmod (an index of pages when large)',
      parameters: [queryParam('page', 'Sitemap page, when the index lists several.', { type: 'integer', minimum: 1 })],
      responses: textResponse('The sitemap.', 'application/xml', [400, 404]),
    },
  },
  '/robots.txt': {
    get: { tags: ['Feeds'], summary: 'Crawler rules pointing at the sitemap', responses: textResponse('robots.txt', 'text/plain') },
  },
  '/graphql': {
    post: {
      tags: ['GraphQL'],
      summary: 'GraphQL: the content types plus articleBySlug, relatedArticles, nearbyClinics and search, published content only',
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: object({ query: { type: 'string' }, variables: { type: 'object' }, operationName: { type: 'string' } }, ['query']),
          },
        },
      },
      responses: {
        200: {
          description: 'A GraphQL response.',
          content: { 'application/json': { schema: { type: 'object', properties: { data: {}, errors: { type: 'array' } } } } },
        },
      },
    },
  },
  '/api/openapi.json': {
    get: {
      tags: ['Contract'],
      summary: 'This document',
      responses: { 200: { description: 'OpenAPI 3.1 document.', content: { 'application/json': { schema: { type: 'object' } } } } },
    },
  },
});
