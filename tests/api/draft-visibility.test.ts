import { useTestApp } from '../helpers/strapi';
import { createArticle, createFullAccessToken, createTopic } from '../helpers/content';
import { graphql } from '../helpers/graphql';

type Item = { documentId: string; title?: string; name?: string; slug?: string; articles?: Item[]; topics?: Item[] };
const titles = (items: Item[]) => items.map((item) => item.title).sort();

describe('drafts never reach the public', () => {
  const app = useTestApp();
  let published: { documentId: string };
  let draftOnly: { documentId: string };

  beforeAll(async () => {
    const running = await createTopic(app.strapi, { name: 'Running' }, true);
    const secret = await createTopic(app.strapi, { name: 'Secret campaign' });
    const renamed = await createTopic(app.strapi, { name: 'Recovery' }, true);
    await app.strapi.documents('api::topic.topic').update({ documentId: renamed.documentId, data: { name: 'Leaked topic name' } as never });

    published = await createArticle(app.strapi, { title: 'Public article', topics: [running.documentId, secret.documentId] }, true);
    await app.strapi
      .documents('api::article.article')
      .update({ documentId: published.documentId, data: { title: 'Leaked title' } as never });
    draftOnly = await createArticle(app.strapi, { title: 'Unreleased article', topics: [running.documentId] });
  });

  const get = (path: string, query: Record<string, unknown> = {}) => app.http().get(path).query(query);

  it('lists show the published version only', async () => {
    const response = await get('/api/articles');
    expect(response.status).toBe(200);
    expect(titles(response.body.data)).toEqual(['Public article']);
  });

  it.each([
    ['a list', '/api/articles'],
    ['a single document', () => `/api/articles/${published.documentId}`],
    ['another type', '/api/topics'],
  ])('status=draft on %s is refused with a JSON 403', async (_name, path) => {
    const url = typeof path === 'function' ? path() : path;
    const response = await get(url, { status: 'draft' });
    expect(response.status).toBe(403);
    expect(response.body.error).toMatchObject({ status: 403, name: 'ForbiddenError', message: expect.stringContaining('Drafts') });
    expect(JSON.stringify(response.body)).not.toContain('Leaked');
  });

  it('status=published is accepted', async () => {
    const response = await get('/api/articles', { status: 'published' });
    expect(response.status).toBe(200);
    expect(titles(response.body.data)).toEqual(['Public article']);
  });

  it('publicationFilter, which reveals which articles have pending edits, is refused', async () => {
    const response = await get('/api/articles', { publicationFilter: 'published-with-draft' });
    expect(response.status).toBe(403);
  });

  it('a draft-only article is a 404 by id', async () => {
    const response = await get(`/api/articles/${draftOnly.documentId}`);
    expect(response.status).toBe(404);
    expect(response.body.error).toMatchObject({ status: 404, name: 'NotFoundError' });
  });

  it('populating articles from a topic shows published articles only', async () => {
    const response = await get('/api/topics', { populate: { articles: true } });
    expect(response.status).toBe(200);
    const running = (response.body.data as Item[]).find((topic) => topic.name === 'Running');
    expect(titles(running?.articles ?? [])).toEqual(['Public article']);
  });

  it('populating topics from an article hides draft-only topics and unpublished renames', async () => {
    const response = await get(`/api/articles/${published.documentId}`, { populate: { topics: true } });
    expect(response.status).toBe(200);
    expect((response.body.data.topics as Item[]).map((topic) => topic.name)).toEqual(['Running']);
    const topics = await get('/api/topics');
    expect((topics.body.data as Item[]).map((topic) => topic.name).sort()).toEqual(['Recovery', 'Running']);
  });

  it('filters cannot find articles through a draft-only topic or a draft title', async () => {
    const byDraftTopic = await get('/api/articles', { filters: { topics: { slug: { $eq: 'secret-campaign' } } } });
    expect(byDraftTopic.status).toBe(200);
    expect(byDraftTopic.body.data).toEqual([]);
    const byDraftTitle = await get('/api/articles', { filters: { title: { $eq: 'Leaked title' } } });
    expect(byDraftTitle.body.data).toEqual([]);
    const byDraftTopicName = await get('/api/articles', { filters: { topics: { name: { $eq: 'Leaked topic name' } } } });
    expect(byDraftTopicName.body.data).toEqual([]);
  });

  it('GraphQL lists and nested relations show published content only', async () => {
    const response = await graphql(
      app,
      `
        {
          topics {
            name
            articles {
              title
            }
          }
          articles {
            title
            topics {
              name
            }
          }
        }
      `
    );
    expect(response.body.errors).toBeUndefined();
    const { topics, articles } = response.body.data;
    expect(JSON.stringify(response.body)).not.toMatch(/Leaked|Unreleased|Secret/);
    expect(titles(articles)).toEqual(['Public article']);
    expect(topics.find((topic: Item) => topic.name === 'Running').articles).toEqual([{ title: 'Public article' }]);
  });

  it('GraphQL status: DRAFT is refused, on lists and on single documents', async () => {
    const list = await graphql(
      app,
      `
        {
          articles(status: DRAFT) {
            title
          }
        }
      `
    );
    expect(list.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(list.body.data?.articles ?? null).toBeNull();
    const single = await graphql(
      app,
      `
        query ($id: ID!) {
          article(documentId: $id, status: DRAFT) {
            title
          }
        }
      `,
      {
        id: draftOnly.documentId,
      }
    );
    expect(single.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(single.body)).not.toContain('Unreleased');
  });

  it('GraphQL returns null for a draft-only article by id', async () => {
    const response = await graphql(
      app,
      `
        query ($id: ID!) {
          article(documentId: $id) {
            title
          }
        }
      `,
      { id: draftOnly.documentId }
    );
    expect(response.body.data.article).toBeNull();
  });

  it('a full-access API token (build servers, preview) may read drafts', async () => {
    const token = await createFullAccessToken(app.strapi);
    const response = await app.http().get('/api/articles').query({ status: 'draft' }).set('Authorization', `Bearer ${token}`);
    expect(response.status).toBe(200);
    expect(titles(response.body.data)).toEqual(['Leaked title', 'Unreleased article']);
  });

  it('an unpublished edit becomes visible once it is published', async () => {
    await app.strapi.documents('api::article.article').publish({ documentId: published.documentId });
    const response = await get(`/api/articles/${published.documentId}`);
    expect(response.body.data.title).toBe('Leaked title');
  });
});
