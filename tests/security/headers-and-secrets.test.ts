import fs from 'fs';
import path from 'path';
import { useTestApp, type TestApp } from '../helpers/strapi';
import { createArticle, createFullAccessToken } from '../helpers/content';
import { graphql } from '../helpers/graphql';
import { startSecondInstance } from '../helpers/app-process';
import { uploadInTwoParts } from '../helpers/slow-client';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'security');
const ALLOWED_ORIGIN = 'https://clinic.example';
const SECRETS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'];

const secretValues = (app: TestApp) => SECRETS.flatMap((name) => app.env[name]!.split(','));

describe('in production: security headers, an origin allow-list, and no secret in any answer or log', () => {
  const app = useTestApp({ env: { NODE_ENV: 'production', CORS_ORIGINS: `${ALLOWED_ORIGIN},https://www.clinic.example` } });

  beforeAll(async () => {
    await createArticle(app.strapi, { title: 'Foam rolling' }, true);
  });

  it.each(['/api/articles', '/sitemap.xml', '/', '/admin/init', '/graphql?query=%7Barticles%7Btitle%7D%7D'])(
    '%s carries CSP, HSTS and the other helmet headers',
    async (url) => {
      // Twice: the second answer may come from the response cache, in front of the middleware chain.
      for (let n = 0; n < 2; n += 1) {
        const response = await app.http().get(url).set('apollo-require-preflight', 'true');
        expect(response.status).toBe(200);
        expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
        expect(response.headers['content-security-policy']).toMatch(/frame-ancestors 'self'/);
        expect(response.headers['strict-transport-security']).toMatch(/max-age=\d{7,}; includeSubDomains/);
        expect(response.headers['x-content-type-options']).toBe('nosniff');
        expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      }
    }
  );

  it.each([
    ['GET', '/api/articles'],
    ['OPTIONS', '/api/articles'],
    ['POST', '/graphql'],
    ['OPTIONS', '/graphql'],
  ])('%s %s lets only listed origins read the answer', async (method, url) => {
    const ask = (origin: string) => {
      const call =
        method === 'GET'
          ? app.http().get(url)
          : method === 'POST'
            ? app.http().post(url).send({ query: '{ articles { title } }' })
            : app.http().options(url);
      return call.set('Origin', origin).set('Access-Control-Request-Method', 'POST').set('Access-Control-Request-Headers', 'content-type');
    };
    expect((await ask(ALLOWED_ORIGIN)).headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
    const foreign = await ask('https://evil.example');
    expect(foreign.headers['access-control-allow-origin']).not.toBe('https://evil.example');
    expect(foreign.headers['access-control-allow-origin']).not.toBe('*');
  });

  it('errors, failed sign-ins and the logs of a production instance never contain a secret', async () => {
    const instance = await startSecondInstance(app, { TEST_VERBOSE: '1' });
    try {
      const answers = [
        await instance.http().post('/api/auth/local').set('Content-Type', 'application/json').send('{"identifier": broken'),
        await instance.http().post('/api/auth/local').send({ identifier: 'nobody@clinic.test', password: 'wrong-password' }),
        await instance.http().post('/admin/login').send({ email: 'nobody@clinic.test', password: 'Wrong-password-1' }),
        await instance.http().get('/api/articles?filters[nope][$eq]=1'),
        await instance.http().get('/api/nothing-here'),
        await instance.http().get('/admin/init'),
        await graphql({ http: instance.http } as TestApp, '{ articles { nope } }'),
        await instance.http().get('/api/articles').set('Authorization', 'Bearer not-a-token'),
      ];
      // The log is checked only once it shows these very requests.
      expect(instance.output()).toContain('/api/nothing-here');
      for (const text of [...answers.map((answer) => JSON.stringify(answer.headers) + answer.text), instance.output()]) {
        for (const secret of secretValues(app)) expect(text).not.toContain(secret);
      }
      for (const answer of answers) {
        expect(answer.status).toBeLessThan(500);
        // No stack trace or server path in what a client sees.
        expect(answer.text).not.toMatch(/\.js:\d+|node_modules|\/work\//);
      }
    } finally {
      await instance.stop();
    }
  });
});

describe('uploads: media types only, bounded in size, never served as active content', () => {
  const app = useTestApp({ env: { UPLOAD_MAX_BYTES: String(64 * 1024) } });
  let token: string;
  // Content sniffing loads an ES module, which jest's module sandbox cannot: uploads go to a
  // plain Node process of the app on the same database.
  let instance: Awaited<ReturnType<typeof startSecondInstance>>;

  beforeAll(async () => {
    token = await createFullAccessToken(app.strapi);
    instance = await startSecondInstance(app);
  });

  afterAll(async () => {
    await instance?.stop();
  });

  const upload = (name: string, content: Buffer | string, contentType?: string) =>
    instance
      .http()
      .post('/api/upload')
      .set('Authorization', `Bearer ${token}`)
      .attach('files', Buffer.from(content), { filename: name, ...(contentType ? { contentType } : {}) });

  it('an image is accepted and served sandboxed, with nosniff', async () => {
    const response = await upload('one-pixel.png', fs.readFileSync(path.join(FIXTURES, 'one-pixel.png')), 'image/png');
    expect(response.status).toBe(201);
    const served = await instance.http().get(response.body[0].url);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['content-security-policy']).toMatch(/sandbox/);
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    const stored = await app.strapi.db.query('plugin::upload.file').findOne({ where: { id: response.body[0].id } });
    await app.strapi.plugin('upload').service('upload').remove(stored);
  });

  it.each([
    ['an SVG with a script', 'chart.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'image/svg+xml'],
    ['an HTML page', 'page.html', '<!doctype html><html><body><script>alert(1)</script></body></html>', 'text/html'],
    ['an HTML page declared as an image', 'page.html', '<!doctype html><html><script>alert(1)</script></html>', 'image/png'],
    ['a script', 'tool.js', 'alert(1)', 'application/javascript'],
    [
      'a program renamed to .png',
      'photo.png',
      Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(512)]),
      'image/png',
    ],
  ])('%s is refused with a JSON 400 and nothing is stored', async (_what, name, content, type) => {
    const response = await upload(name, content, type);
    expect(response.status).toBe(400);
    expect(response.body.error.status).toBe(400);
    expect(await app.strapi.db.query('plugin::upload.file').count({ where: { name } })).toBe(0);
  });

  it('a file over the size limit is a JSON 413 and nothing is stored', async () => {
    const png = fs.readFileSync(path.join(FIXTURES, 'one-pixel.png'));
    const response = await upload('huge.png', Buffer.concat([png, Buffer.alloc(128 * 1024)]), 'image/png');
    expect(response.status).toBe(413);
    expect(response.body.error.status).toBe(413);
    expect(await app.strapi.db.query('plugin::upload.file').count({ where: { name: 'huge.png' } })).toBe(0);
  });

  it('a file over the limit is refused only once it has been received, so the client can read the 413', async () => {
    const png = fs.readFileSync(path.join(FIXTURES, 'one-pixel.png'));
    const content = Buffer.concat([png, Buffer.alloc(1024 * 1024)]);
    const answer = await uploadInTwoParts(instance.url, token, { name: 'slow.png', type: 'image/png', content });
    expect(answer.status).toBe(413);
    expect(answer.body.error.status).toBe(413);
    expect(answer.answeredBeforeBodyWasSent).toBe(false);
    expect(await app.strapi.db.query('plugin::upload.file').count({ where: { name: 'slow.png' } })).toBe(0);
  });
});
