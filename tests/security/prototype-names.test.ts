import { createArticle } from '../helpers/content';
import { useTestApp } from '../helpers/strapi';

const polluted = () => Object.keys(Object.prototype);

// Strapi looks a name up as `attributes[name]`, so one inherited from Object.prototype passed
// its validator as an attribute and reached the database as a column name (a 500 on SQLite).
describe('field, sort, filter and populate names inherited from Object.prototype are refused like unknown names', () => {
  const app = useTestApp();
  beforeAll(async () => {
    await createArticle(app.strapi, { title: 'Inherited names' }, true);
  });
  const collections = ['articles', 'topics', 'conditions', 'benefits', 'clinic-locations', 'authors'];
  const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
  // Only values: qs drops a key named after an Object.prototype member (filters[constructor]) before anything sees it.
  const queries = (name: string) => [
    `fields=${name}`,
    `fields[0]=${name}`,
    `fields[0]=title&fields[1]=${name}`,
    `fields=title,${name}`,
    `sort=${name}`,
    `sort[0]=${name}:desc`,
    `populate=${name}`,
    `populate[0]=${name}`,
    `populate[author][fields][0]=${name}`,
    `populate[author][sort]=${name}`,
  ];

  it.each(collections)('/api/%s answers each with a JSON 400', async (collection) => {
    const answers: string[] = [];
    for (const name of names) {
      for (const query of queries(name)) {
        const response = await app.http().get(`/api/${collection}?${query}`);
        const refused = response.status === 400 && response.body?.data === null && response.body?.error?.status === 400;
        if (!refused) answers.push(`${query} -> ${response.status} ${JSON.stringify(response.body?.error?.message ?? '')}`);
      }
    }
    expect(answers).toEqual([]);
    expect(polluted()).toEqual([]);
  });

  it('GraphQL refuses the same names in sort', async () => {
    for (const name of names) {
      const response = await app
        .http()
        .post('/graphql')
        .send({ query: `{ articles(sort: "${name}") { title } authors { articles(sort: "${name}:asc") { title } } }` });
      expect(response.status).toBeLessThan(500);
      const codes = new Set((response.body.errors ?? []).map((error: { extensions?: { code?: string } }) => error.extensions?.code));
      expect({ name, codes: [...codes] }).toEqual({ name, codes: ['BAD_USER_INPUT'] });
    }
  });
});
