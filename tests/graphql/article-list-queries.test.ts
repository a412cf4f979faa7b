import { seedDemoContent } from '../../src/operations/seed/seed-demo-content';
import { createArticle } from '../helpers/content';
import { graphql } from '../helpers/graphql';
import { useTestApp } from '../helpers/strapi';

const LIST = `query($pageSize: Int) {
  articles(sort: "title:asc", pagination: { pageSize: $pageSize }) {
    title
    author { name }
    topics { name slug }
    conditions { name }
    cover { alt image { url } }
    seo { metaTitle }
  }
}`;

describe('GraphQL article list: relations loaded in batches, not per article', () => {
  const app = useTestApp();
  beforeAll(async () => {
    await seedDemoContent(app.strapi);
    const [author] = await app.strapi.documents('api::author.author').findMany({});
    const topics = await app.strapi.documents('api::topic.topic').findMany({ status: 'published' } as never);
    for (let index = 0; index < 8; index += 1) {
      await createArticle(
        app.strapi,
        {
          title: `Batch case ${index}`,
          author: author!.documentId,
          topics: topics.slice(0, 1 + (index % 3)).map((topic) => topic.documentId),
          seo: { metaTitle: `Meta ${index}` },
        },
        true
      );
    }
  });

  const statementsFor = async (query: string, variables: Record<string, unknown>) => {
    let statements = 0;
    // Not the request's own: the response cache's SQLite bus polls its table every 250 ms, and
    // the seeding writes above announce themselves after their commits, unawaited.
    const count = ({ sql }: { sql: string }) => {
      if (!sql.includes('response_cache_invalidations')) statements += 1;
    };
    app.strapi.db.connection.on('query', count);
    try {
      const response = await graphql(app, query, variables);
      expect(response.body.errors).toBeUndefined();
      return { statements, data: response.body.data };
    } finally {
      app.strapi.db.connection.off('query', count);
    }
  };

  it('the number of SQL statements does not grow with the number of articles', async () => {
    // The first request also warms Strapi's permission cache; count only what a list costs.
    await statementsFor(LIST, { pageSize: 1 });
    const few = await statementsFor(LIST, { pageSize: 3 });
    const many = await statementsFor(LIST, { pageSize: 14 });
    expect(few.data.articles).toHaveLength(3);
    expect(many.data.articles).toHaveLength(14);
    // Equal up to a query or two: a field no article on the page has (a cover image) needs none.
    expect(Math.abs(many.statements - few.statements)).toBeLessThanOrEqual(2);
    // Six relation and component fields per article: one query each per article would be 84 or more.
    expect(many.statements).toBeLessThan(many.data.articles.length * 2);
  });

  it('gives each article its own relations, the same as asking for it alone', async () => {
    const { data } = await statementsFor(LIST, { pageSize: 14 });
    for (const article of data.articles) {
      const alone = await graphql(
        app,
        `
          query ($title: String) {
            articles(filters: { title: { eq: $title } }) {
              title
              author {
                name
              }
              topics {
                name
                slug
              }
              conditions {
                name
              }
              cover {
                alt
                image {
                  url
                }
              }
              seo {
                metaTitle
              }
            }
          }
        `,
        { title: article.title }
      );
      expect(alone.body.data.articles).toEqual([article]);
    }
  });

  it('pages nested lists per article', async () => {
    const { data } = await statementsFor(
      `{ articles(sort: "title:asc", pagination: { pageSize: 20 }) { title topics(pagination: { limit: 1, start: 1 }) { slug } all: topics { slug } } }`,
      {}
    );
    const withSeveral = data.articles.filter((article: { all: unknown[] }) => article.all.length > 1);
    expect(withSeveral.length).toBeGreaterThan(0);
    for (const article of data.articles) expect(article.topics).toEqual(article.all.slice(1, 2));
  });
});
