import { useTestApp } from '../helpers/strapi';
import { bodyOfWords, createArticle } from '../helpers/content';

describe('reading time is computed from the body on every save', () => {
  const app = useTestApp();

  const articles = () => app.strapi.documents('api::article.article');

  it('is set on create at 200 words a minute, rounded up', async () => {
    const article = await createArticle(app.strapi, { title: 'Long read', body: bodyOfWords(450) });
    expect(article.readingTimeMinutes).toBe(3);
  });

  it('a number typed by hand is ignored on create and on update', async () => {
    const article = await createArticle(app.strapi, { title: 'Typed', body: bodyOfWords(100), readingTimeMinutes: 42 });
    expect(article.readingTimeMinutes).toBe(1);
    const updated = await articles().update({ documentId: article.documentId, data: { readingTimeMinutes: 99 } as never });
    expect(updated?.readingTimeMinutes).toBe(1);
  });

  it('follows the body when it changes, and survives edits that leave the body alone', async () => {
    const article = await createArticle(app.strapi, { title: 'Growing', body: bodyOfWords(150) });
    const longer = await articles().update({ documentId: article.documentId, data: { body: bodyOfWords(1001) } as never });
    expect(longer?.readingTimeMinutes).toBe(6);
    const retitled = await articles().update({ documentId: article.documentId, data: { title: 'Grown' } as never });
    expect(retitled?.readingTimeMinutes).toBe(6);
  });

  it('counts words across headings, lists and inline marks, not markup', async () => {
    const words = (n: number) => Array.from({ length: n }, () => 'knee').join(' ');
    const body = [
      { type: 'heading', level: 2, children: [{ type: 'text', text: words(100) }] },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: words(150), bold: true }] }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: `${words(10)} — ` },
          { type: 'link', url: 'https://example.org', children: [{ type: 'text', text: words(1) }] },
        ],
      },
    ];
    const article = await createArticle(app.strapi, { title: 'Mixed', body });
    expect(article.readingTimeMinutes).toBe(2);
  });

  it('is what the public API serves', async () => {
    const article = await createArticle(app.strapi, { title: 'Served', body: bodyOfWords(601) }, true);
    const response = await app.http().get(`/api/articles/${article.documentId}`);
    expect(response.body.data.readingTimeMinutes).toBe(4);
  });
});
