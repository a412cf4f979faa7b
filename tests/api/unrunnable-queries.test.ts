import { createArticle } from '../helpers/content';
import { graphql } from '../helpers/graphql';
import { useTestApp } from '../helpers/strapi';

// Each of these passed Strapi's query validation and then broke in the database layer (a 500);
// the REST fuzzer found them (tests/fuzz/rest-queries.test.ts).
describe('queries the database cannot run are a 400, not a 500', () => {
  const app = useTestApp();
  beforeAll(async () => {
    const author = await app.strapi.documents('api::author.author').create({ data: { name: 'Ada Query' } as never });
    await createArticle(app.strapi, { title: 'Hamstring care', author: author.documentId }, true);
  });

  it.each([
    ['documentId filtered under a component', 'filters[sources][documentId]=x'],
    ['documentId filtered under a component inside $not', 'filters[$not][cover][documentId][$eq]=x'],
    ['documentId filtered under a component of a relation', 'filters[clinicLocations][address][documentId]=x'],
    ['a sort by a component documentId', 'sort=cover.documentId'],
    ['a nested sort by a component documentId', 'sort[cover][documentId]=asc'],
    ['a component documentId among populate fields', 'populate[cover][fields][0]=documentId'],
    ['a component documentId in populate filters', 'populate[sources][filters][documentId]=x'],
    ['operators mixed with fields under a relation', 'filters[author][$and][0][name]=a&filters[author][name]=b'],
    ['two operators under a relation', 'filters[author][$eq]=1&filters[author][$ne]=2'],
    ['an operator applied to the whole entry', 'filters[$eq]=1'],
    ['$not with a plain value', 'filters[$not]=1'],
    ['$and with an object instead of a list', 'filters[$and][x][title]=1'],
    ['an operator given operators as its value', 'filters[title][$eq][$eq]=x'],
    ['$between with one value', 'filters[title][$between]=x'],
    ['an empty field name', 'fields='],
    ['a number field compared with text', 'filters[readingTimeMinutes][$eq]=abc'],
    ['an id compared with text (PostgreSQL refused it)', 'filters[id][$in][0]=1&filters[id][$in][1]=abc'],
    ['a relation matched by a non-numeric id', 'filters[author]=abc'],
    ['a component matched by a fraction (PostgreSQL refused it for an integer id)', 'filters[sources]=-5e-324'],
    ['an id past the integer range', 'filters[id][$lt]=2147483648'],
    ['a relation id past the integer range', 'filters[author][$in][0]=99999999999'],
    ['an integer field compared with a fraction', 'filters[readingTimeMinutes][$lt]=5.5'],
    ['a case-sensitive LIKE on a number (PostgreSQL has no such operator)', 'filters[readingTimeMinutes][$contains]=1'],
    ['a case-sensitive LIKE on a JSON field', 'filters[body][$startsWith]=x'],
    ['a JSON field compared with plain text (PostgreSQL parses it as JSON)', 'filters[$not][author][articles][body]=text'],
    ['a populated relation sorted through another relation', 'populate[author][sort][articles][title]=asc'],
    ['a populated relation sorted by a dotted path', 'populate[topics][sort]=articles.title'],
    ['a sort key with no name (the query builder looked up an empty attribute)', 'sort=.'],
    ['a sort path ending in a dot', 'sort[0]=title.'],
    ['a populated relation sorted by an empty key', 'populate[topics][sort]=.'],
  ])('%s', async (_case, query) => {
    const response = await app.http().get(`/api/articles?${query}`);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      data: null,
      error: { status: 400, name: 'ValidationError', message: expect.stringMatching(/^Invalid query at /) },
    });
  });

  it.each([
    ['$and and $or lists', 'filters[$and][0][title][$containsi]=hamstring&filters[$or][0][author][name]=Ada Query'],
    ['$between with two values', 'filters[title][$between][0]=A&filters[title][$between][1]=Z'],
    ['one group operator under a relation', 'filters[author][$or][0][name]=Ada Query&filters[author][$or][1][name]=Nobody'],
    ['a component id', 'filters[sources][id][$notNull]=true'],
    ['a JSON field searched case-insensitively', 'filters[body][$containsi]=STRIDE&filters[body][$notNull]=true'],
    [
      'numbers given as text, and case-insensitive LIKE on a number',
      'filters[readingTimeMinutes][$gte]=0&filters[id][$in][0]=1&filters[id][$in][1]=2&filters[readingTimeMinutes][$containsi]=1&filters[author][$null]=false',
    ],
    ['a sort through a relation at the top', 'sort=author.name&populate[topics][sort]=name:desc'],
    [
      'more $in values than qs keeps as a list',
      Array.from({ length: 120 }, (_, index) => `filters[title][$in][${index}]=${index ? index : 'Hamstring care'}`).join('&'),
    ],
  ])('still runs %s', async (_case, query) => {
    const response = await app.http().get(`/api/articles?${encodeURI(query)}`);
    expect(response.status).toBe(200);
    expect(response.body.data.map((article: { title: string }) => article.title)).toEqual(['Hamstring care']);
  });

  it.each([
    ['on a list', '{ articles(filters: { title: { and: ["Hamstring care"] } }) { title } }'],
    [
      'on a relation of a list, loaded apart from the Document Service',
      '{ authors { articles(filters: { documentId: { and: [""] } }) { title } } }',
    ],
  ])('GraphQL gets a user error for "and" on a single field %s', async (_case, query) => {
    const response = await graphql(app, query);
    expect(response.body.errors[0]).toMatchObject({
      message: expect.stringMatching(/\$and is not an operator a field can use/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('GraphQL gets a user error for a nested relation sorted through another relation', async () => {
    const response = await graphql(app, '{ authors { articles(sort: "topics.name") { title } } }');
    expect(response.body.errors[0]).toMatchObject({
      message: expect.stringMatching(/only be sorted by its own fields/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const own = await graphql(app, '{ authors(sort: "articles.title") { articles(sort: "title:desc") { title } } }');
    expect(own.body).toEqual({ data: { authors: [{ articles: [{ title: 'Hamstring care' }] }] } });
  });

  it('GraphQL gets a user error for fields mixed with "and" under a relation', async () => {
    const response = await graphql(
      app,
      `
        {
          articles(filters: { author: { name: { eq: "Ada Query" }, and: [{ slug: { eq: "x" } }] } }) {
            title
          }
        }
      `
    );
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors[0].message).toMatch(/operators and fields cannot be mixed/);
  });
});
