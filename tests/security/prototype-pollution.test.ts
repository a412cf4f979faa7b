import { createArticle } from '../helpers/content';
import { useTestApp } from '../helpers/strapi';

// The app runs in this test's realm, so a write onto Object.prototype would show here.
const polluted = () => Object.keys(Object.prototype).concat(['populate', 'fields', 'filters'].filter((key) => key in {}));

describe('query strings named after Object.prototype keys cannot reach it', () => {
  const app = useTestApp();
  beforeAll(async () => {
    await createArticle(app.strapi, { title: 'Prototype-safe queries' }, true);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', '__proto__=1', 'constructor[prototype][populate]=x'])(
    '/api/articles?%s is answered without a 500 and leaves every other object alone',
    async (query) => {
      for (const path of ['/api/articles', '/api/articles/slug/prototype-safe-queries', '/api/search', '/api/topics']) {
        const response = await app.http().get(`${path}?${query}`);
        expect([path, response.status < 500]).toEqual([path, true]);
      }
      expect(polluted()).toEqual([]);
      const search = await app.http().get('/api/search?q=prototype');
      expect(search.status).toBe(200);
      expect(search.body.data.map((hit: { title: string }) => hit.title)).toContain('Prototype-safe queries');
    }
  );
});
