import fs from 'fs';
import path from 'path';
import sharp from 'sharp';
import { startSecondInstance } from '../helpers/app-process';
import { createArticle, createFullAccessToken } from '../helpers/content';
import { useS3Server } from '../helpers/s3-server';
import { MODERN_RENDITIONS, useTestApp } from '../helpers/strapi';

type Format = { url: string; mime: string; width: number; height: number; ext: string };
type Uploaded = { id: number; url: string; mime: string; provider: string; formats: Record<string, Format> };

const MODERN = ['small', 'medium', 'large', 'full'].flatMap((size) => [`${size}_webp`, `${size}_avif`]);
const MAGIC: Record<string, (bytes: Buffer) => boolean> = {
  'image/jpeg': (bytes) => bytes[0] === 0xff && bytes[1] === 0xd8,
  'image/webp': (bytes) => bytes.subarray(8, 12).toString('latin1') === 'WEBP',
  'image/avif': (bytes) => bytes.subarray(4, 12).toString('latin1') === 'ftypavif',
};

/** A landscape photo-like JPEG: a sky gradient over hills, larger than every breakpoint. */
const landscape = () =>
  sharp(
    Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
      <defs><linearGradient id="sky" x2="0" y2="1"><stop offset="0" stop-color="#3d85c6"/><stop offset="1" stop-color="#fde9c9"/></linearGradient></defs>
      <rect width="1600" height="900" fill="url(#sky)"/><circle cx="1200" cy="220" r="90" fill="#fff4d6"/>
      <path d="M0 620 Q400 420 800 600 T1600 560 V900 H0 Z" fill="#6aa84f"/><path d="M0 760 Q500 640 900 760 T1600 720 V900 H0 Z" fill="#38761d"/>
    </svg>`)
  )
    .jpeg({ quality: 85 })
    .toBuffer();

const keyOf = (url: string, publicUrl: string) => url.slice(publicUrl.length + 1);

describe('media in an S3 bucket shared by every instance (OpenStack Swift on loopback)', () => {
  const s3 = useS3Server();
  const app = useTestApp({ env: Object.assign(s3.env, MODERN_RENDITIONS) });
  let second: Awaited<ReturnType<typeof startSecondInstance>>;
  let token: string;
  let uploaded: Uploaded;

  // Uploads go through a second instance in its own process (content sniffing loads an ES
  // module that jest's sandbox cannot), reads through the first: two instances, one bucket.
  beforeAll(async () => {
    token = await createFullAccessToken(app.strapi);
    second = await startSecondInstance(app);
    const response = await second
      .http()
      .post('/api/upload')
      .set('Authorization', `Bearer ${token}`)
      .attach('files', await landscape(), { filename: 'hills-at-noon.jpg', contentType: 'image/jpeg' });
    if (response.status !== 201)
      throw new Error(`upload answered ${response.status}: ${JSON.stringify(response.body)}\n${second.output()}`);
    uploaded = response.body[0];
  });

  afterAll(async () => {
    await second?.stop();
  });

  it('stores the image, its renditions and WebP and AVIF copies in the bucket, not on the disk', async () => {
    expect(uploaded.provider).toBe('aws-s3');
    expect(uploaded.url.startsWith(`${s3.env.S3_PUBLIC_URL}/`)).toBe(true);
    expect(Object.keys(uploaded.formats).sort()).toEqual(['large', 'medium', 'small', 'thumbnail', ...MODERN].sort());
    const urls = [uploaded.url, ...Object.values(uploaded.formats).map((format) => format.url)];
    expect(await s3.keys()).toEqual(urls.map((url) => keyOf(url, s3.env.S3_PUBLIC_URL)).sort());
    const local = path.join(app.strapi.dirs.static.public, 'uploads');
    const hash = path.basename(uploaded.url, '.jpg');
    expect(fs.existsSync(local) ? fs.readdirSync(local).filter((name) => name.includes(hash)) : []).toEqual([]);
  });

  it('serves every copy from the public URL with its type, its cache header and the bytes it names', async () => {
    for (const file of [uploaded, ...Object.values(uploaded.formats)]) {
      const response = await fetch(file.url);
      expect({ url: file.url, status: response.status }).toEqual({ url: file.url, status: 200 });
      expect(response.headers.get('content-type')).toBe(file.mime);
      expect(response.headers.get('cache-control')).toBe('public, max-age=86400, stale-while-revalidate=604800');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(MAGIC[file.mime](bytes)).toBe(true);
    }
    const { full_avif: fullAvif, large_webp: largeWebp, small_avif: smallAvif } = uploaded.formats;
    expect([fullAvif.width, fullAvif.height, largeWebp.width, smallAvif.width]).toEqual([1600, 900, 1000, 500]);
  });

  it('lets the other instance find the file, and the public API gives it from the bucket on an article', async () => {
    const listed = await app.http().get(`/api/upload/files/${uploaded.id}`).set('Authorization', `Bearer ${token}`);
    expect(listed.status).toBe(200);
    expect(listed.body.url).toBe(uploaded.url);
    const article = await createArticle(
      app.strapi,
      { title: 'Hills at noon', cover: { image: uploaded.id, alt: 'Green hills under a clear midday sky' } },
      true
    );
    const page = await app.http().get(`/api/articles/slug/${article.slug}`);
    expect(page.status).toBe(200);
    expect(page.body.data.cover.image.url).toBe(uploaded.url);
    expect(page.body.data.cover.image.formats.medium_avif.url).toBe(uploaded.formats.medium_avif.url);
  });

  it('lets pages show images from the bucket under the Content-Security-Policy', async () => {
    const response = await app.http().get('/');
    const policy = response.headers['content-security-policy'] as string;
    const imgSrc = policy.split(';').find((directive) => directive.trim().startsWith('img-src'));
    expect(imgSrc).toContain(new URL(s3.env.S3_PUBLIC_URL).origin);
  });

  it('refuses a script in SVG clothing and a file over the limit, and writes nothing to the bucket', async () => {
    const before = await s3.keys();
    const svg = await second
      .http()
      .post('/api/upload')
      .set('Authorization', `Bearer ${token}`)
      .attach('files', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), {
        filename: 'chart.svg',
        contentType: 'image/svg+xml',
      });
    expect(svg.status).toBe(400);
    expect(svg.body.error.status).toBe(400);
    const huge = await second
      .http()
      .post('/api/upload')
      .set('Authorization', `Bearer ${token}`)
      .attach('files', Buffer.concat([await landscape(), Buffer.alloc(11 * 1024 * 1024)]), {
        filename: 'huge.jpg',
        contentType: 'image/jpeg',
      });
    expect(huge.status).toBe(413);
    expect(huge.body.error.status).toBe(413);
    expect(await s3.keys()).toEqual(before);
  });

  it('deleting the file through one instance removes every copy from the bucket, for all of them', async () => {
    const keys = await s3.keys();
    const response = await app.http().delete(`/api/upload/files/${uploaded.id}`).set('Authorization', `Bearer ${token}`);
    expect(response.status).toBe(200);
    expect(await s3.keys()).toEqual([]);
    for (const key of keys) expect(await s3.exists(key)).toBe(false);
    expect((await fetch(uploaded.url)).status).toBe(404);
    const elsewhere = await second.http().get(`/api/upload/files/${uploaded.id}`).set('Authorization', `Bearer ${token}`);
    expect(elsewhere.status).toBe(404);
  });
});
