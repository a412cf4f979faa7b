import { useTestApp } from '../helpers/strapi';
import { createArticle } from '../helpers/content';

describe('slugs', () => {
  const app = useTestApp();

  const articles = () => app.strapi.documents('api::article.article');

  it('an empty slug is generated from the title: lower case, accents folded, punctuation dropped', async () => {
    const article = await createArticle(app.strapi, { title: 'Café Stretches & Runner’s Knee: 5 Tips!' });
    expect(article.slug).toBe('cafe-stretches-and-runners-knee-5-tips');
  });

  it('a generated slug that clashes gets -2, then -3', async () => {
    const first = await createArticle(app.strapi, { title: 'Shin splints explained' });
    const second = await createArticle(app.strapi, { title: 'Shin Splints, Explained' });
    const third = await createArticle(app.strapi, { title: 'shin splints explained' });
    expect([first.slug, second.slug, third.slug]).toEqual([
      'shin-splints-explained',
      'shin-splints-explained-2',
      'shin-splints-explained-3',
    ]);
  });

  it('clashes are unique per type: a topic may share a slug with an article', async () => {
    await createArticle(app.strapi, { title: 'Recovery week' });
    const topic = await app.strapi.documents('api::topic.topic').create({ data: { name: 'Recovery week' } as never });
    expect(topic.slug).toBe('recovery-week');
  });

  it("an editor's explicit slug is kept as typed", async () => {
    const article = await createArticle(app.strapi, { title: 'Some long title', slug: 'itb-guide' });
    expect(article.slug).toBe('itb-guide');
  });

  it('an explicit slug already used by another document is refused with a message naming the slug', async () => {
    await createArticle(app.strapi, { title: 'Taken', slug: 'taken-slug' });
    await expect(createArticle(app.strapi, { title: 'Other', slug: 'taken-slug' })).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining('"taken-slug" is already used'),
    });
    expect(await articles().count({ filters: { slug: 'taken-slug' } })).toBe(1);
  });

  it('changing the title of a published article does not change its URL', async () => {
    const article = await createArticle(app.strapi, { title: 'Plantar fasciitis basics' }, true);
    await articles().update({ documentId: article.documentId, data: { title: 'Plantar fasciitis: the basics' } as never });
    await articles().publish({ documentId: article.documentId });
    const published = await articles().findOne({ documentId: article.documentId, status: 'published' });
    expect(published?.title).toBe('Plantar fasciitis: the basics');
    expect(published?.slug).toBe('plantar-fasciitis-basics');
  });

  it('saving the same document again keeps its own slug rather than treating it as a clash', async () => {
    const article = await createArticle(app.strapi, { title: 'Self clash' });
    const updated = await articles().update({
      documentId: article.documentId,
      data: { slug: 'self-clash', excerpt: 'Edited' } as never,
    });
    expect(updated?.slug).toBe('self-clash');
  });

  it('clearing the slug regenerates it from the current title', async () => {
    const article = await createArticle(app.strapi, { title: 'Old name' });
    const updated = await articles().update({
      documentId: article.documentId,
      data: { title: 'New name', slug: '' } as never,
    });
    expect(updated?.slug).toBe('new-name');
  });

  it('a clone gets a fresh slug instead of copying the original', async () => {
    const original = await createArticle(app.strapi, { title: 'Clone me' });
    const cloned = await articles().clone({ documentId: original.documentId, data: {} as never });
    const copy = await articles().findOne({ documentId: cloned!.documentId });
    expect(copy?.slug).toBe('clone-me-2');
  });

  it('a slug over the REST API follows the same rules', async () => {
    const response = await app
      .http()
      .get('/api/articles')
      .query({ filters: { slug: 'shin-splints-explained-2' } });
    // The article is a draft, so the public sees nothing: slugs never leak drafts either.
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual([]);
  });
});
