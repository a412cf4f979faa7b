import { documentsOf } from '../../src/content-model/documents';
import type http from 'http';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { createArticle, createTopic } from '../helpers/content';
import { startWebhookReceiver, waitFor, type WebhookReceiver } from '../helpers/webhook-receiver';

type Delivery = {
  headers: http.IncomingHttpHeaders;
  body: { event: string; type: string; slug: string; pages: string[]; documentId: string; redirects: Array<{ from: string; to: string }> };
};

describe('front-ends are told what to revalidate', () => {
  let app: TestApp;
  let receiver: WebhookReceiver<Delivery['body']>;

  beforeAll(async () => {
    // The first delivery fails: the webhook must retry rather than drop it.
    receiver = await startWebhookReceiver<Delivery['body']>(1);
    app = await startTestApp({
      env: {
        FRONTEND_REVALIDATE_URL: receiver.url,
        FRONTEND_REVALIDATE_SECRET: 'revalidate-secret-123',
        FRONTEND_REVALIDATE_ATTEMPTS: '3',
      },
    });
  });
  afterAll(async () => {
    await app?.stop();
    await receiver?.close();
  });

  const articles = () => documentsOf(app.strapi, 'api::article.article');
  const deliveryFor = (documentId: string, event: string) =>
    waitFor(() => receiver.deliveries.find((d) => d.body.documentId === documentId && d.body.event === event));

  it('on publish: type, slug and every page that shows the article, with the secret header', async () => {
    const topic = await createTopic(app.strapi, { name: 'Recovery' }, true);
    const article = await createArticle(app.strapi, { title: 'Ice baths', topics: [topic.documentId] });
    await articles().publish({ documentId: article.documentId });
    const delivery = await deliveryFor(article.documentId, 'publish');
    expect(delivery.headers['x-revalidate-secret']).toBe('revalidate-secret-123');
    expect(delivery.headers['x-revalidate-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(delivery.body).toMatchObject({ type: 'article', slug: 'ice-baths' });
    expect(delivery.body.pages).toEqual(
      expect.arrayContaining(['/articles/ice-baths', '/', '/topics/recovery', '/feed.xml', '/sitemap.xml'])
    );
  });

  it('on a slug change: the old path with the new one, and the redirect between them', async () => {
    const article = await createArticle(app.strapi, { title: 'Calf raises' }, true);
    await articles().update({ documentId: article.documentId, data: { slug: 'calf-raises-for-runners' } });
    await articles().publish({ documentId: article.documentId });
    const delivery = await waitFor(() =>
      receiver.deliveries.find((d) => d.body.documentId === article.documentId && d.body.slug === 'calf-raises-for-runners')
    );
    expect(delivery.body.pages).toEqual(expect.arrayContaining(['/articles/calf-raises', '/articles/calf-raises-for-runners']));
    expect(delivery.body.redirects).toEqual([{ from: '/articles/calf-raises', to: '/articles/calf-raises-for-runners', statusCode: 301 }]);
  });

  it('on unpublish and on delete of published content', async () => {
    const article = await createArticle(app.strapi, { title: 'Short lived' }, true);
    await articles().unpublish({ documentId: article.documentId });
    expect((await deliveryFor(article.documentId, 'unpublish')).body.pages).toContain('/articles/short-lived');

    const doomed = await createArticle(app.strapi, { title: 'Removed' }, true);
    await articles().delete({ documentId: doomed.documentId });
    expect((await deliveryFor(doomed.documentId, 'delete')).body.slug).toBe('removed');
  });

  it('a topic removed from a published article has its page refreshed too', async () => {
    const kept = await createTopic(app.strapi, { name: 'Kept' }, true);
    const dropped = await createTopic(app.strapi, { name: 'Dropped' }, true);
    const article = await createArticle(app.strapi, { title: 'Retagged', topics: [kept.documentId, dropped.documentId] }, true);
    await articles().update({ documentId: article.documentId, data: { topics: [kept.documentId] } as never });
    await articles().publish({ documentId: article.documentId });
    const delivery = await deliveryFor(article.documentId, 'publish');
    expect(delivery.body.pages).toEqual(expect.arrayContaining(['/topics/kept', '/topics/dropped']));
  });

  it('a draft edit tells nobody: nothing public changed', async () => {
    const article = await createArticle(app.strapi, { title: 'Quiet draft' });
    await articles().update({ documentId: article.documentId, data: { excerpt: 'still private' } as never });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.deliveries.some((d) => d.body.documentId === article.documentId)).toBe(false);
  });

  it('publishing a topic refreshes the pages of its articles', async () => {
    const topic = await createTopic(app.strapi, { name: 'Hydration' });
    await createArticle(app.strapi, { title: 'Drink to thirst', topics: [topic.documentId] }, true);
    await documentsOf(app.strapi, 'api::topic.topic').publish({ documentId: topic.documentId });
    const delivery = await deliveryFor(topic.documentId, 'publish');
    expect(delivery.body.pages).toEqual(expect.arrayContaining(['/topics/hydration', '/articles/drink-to-thirst']));
  });
});
