import { seedDemoContent } from '../../src/operations/seed/seed-demo-content';
import { graphql } from '../helpers/graphql';
import { MODERN_RENDITIONS, useTestApp } from '../helpers/strapi';

const SLUG = 'why-runners-should-get-regular-massage';
const FOCUS = { x: 30, y: 65 };

type Image = { url: string; width: number; height: number; focalPoint: { x: number; y: number } | null; formats: Record<string, unknown> };

describe("images in the public API: dimensions, renditions and the editor's focal point", () => {
  const app = useTestApp({ env: MODERN_RENDITIONS });

  beforeAll(async () => {
    await seedDemoContent(app.strapi);
    // As the media library's focal-point tool stores it, in percent from the top left.
    const article = await app.strapi.db
      .query('api::article.article')
      .findOne({ where: { slug: SLUG, publishedAt: { $notNull: true } }, populate: { cover: { populate: { image: true } } } });
    await app.strapi.db.query('plugin::upload.file').update({ where: { id: article.cover.image.id }, data: { focalPoint: FOCUS } });
  });

  it('the article page gives the cover with its size, renditions and focal point', async () => {
    const response = await app.http().get(`/api/articles/slug/${SLUG}`);
    expect(response.status).toBe(200);
    const image = response.body.data.cover.image as Image;
    expect(image).toMatchObject({ width: 1200, height: 675, focalPoint: FOCUS });
    // Strapi's renditions, and WebP and AVIF copies at their widths and the original's.
    const modern = ['small', 'medium', 'large', 'full'].flatMap((size) => [`${size}_webp`, `${size}_avif`]);
    expect(Object.keys(image.formats).sort()).toEqual(['large', 'medium', 'small', 'thumbnail', ...modern].sort());
  });

  it('article cards in lists carry it too, and an image without one says null', async () => {
    const response = await app
      .http()
      .get('/api/articles')
      .query({ pagination: { pageSize: 100 } });
    expect(response.status).toBe(200);
    const covers = (response.body.data as Array<{ slug: string; cover: { image: Image } }>).map((article) => [
      article.slug,
      article.cover.image.focalPoint,
    ]);
    expect(covers).toContainEqual([SLUG, FOCUS]);
    expect(covers.filter(([slug]) => slug !== SLUG).every(([, focus]) => focus === null)).toBe(true);
  });

  it('GraphQL answers the same focal point and dimensions', async () => {
    const response = await graphql(
      app,
      `{ articles(filters: { slug: { eq: "${SLUG}" } }) { cover { alt image { focalPoint width height } } } }`
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.articles[0].cover.image).toEqual({ focalPoint: FOCUS, width: 1200, height: 675 });
  });
});
