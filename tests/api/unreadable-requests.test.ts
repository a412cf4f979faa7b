import net from 'net';
import type { AddressInfo } from 'net';
import { graphql } from '../helpers/graphql';
import { useTestApp } from '../helpers/strapi';

/** Sends bytes exactly as given (no client would let us), and reads the raw answer. */
const sendRaw = (port: number, request: Buffer) =>
  new Promise<{ head: string; body: string }>((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(request));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => {
      const [head, body = ''] = Buffer.concat(chunks).toString('utf8').split('\r\n\r\n');
      resolve({ head, body });
    });
    socket.on('error', reject);
  });

// Node's parser refuses these before Koa sees them, and used to answer with an empty body;
// the REST fuzzer found both (tests/fuzz/rest-queries.test.ts).
describe('requests the HTTP parser cannot read still get a JSON error', () => {
  const app = useTestApp();
  const port = () => (app.strapi.server.httpServer.address() as AddressInfo).port;

  it('a raw non-ASCII byte in the URL is a 400 in Strapi error JSON', async () => {
    const request = Buffer.concat([Buffer.from('GET /api/articles?q='), Buffer.from([0xe9]), Buffer.from(' HTTP/1.1\r\nHost: x\r\n\r\n')]);
    const { head, body } = await sendRaw(port(), request);
    expect(head).toMatch(/^HTTP\/1\.1 400 Bad Request/);
    expect(head).toMatch(/Content-Type: application\/json/i);
    expect(JSON.parse(body)).toMatchObject({ data: null, error: { status: 400, name: 'BadRequestError', message: expect.any(String) } });
  });

  it('a URL longer than the header limit is a 431 in Strapi error JSON', async () => {
    const request = Buffer.from(`GET /api/articles?filters[title][$eq]=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    const { head, body } = await sendRaw(port(), request);
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expect(JSON.parse(body)).toMatchObject({ data: null, error: { status: 431, name: 'RequestHeaderFieldsTooLargeError' } });
  });

  it('the server keeps answering afterwards', async () => {
    const response = await app.http().get('/api/articles');
    expect(response.status).toBe(200);
  });
});

// Found by the REST fuzzer on PostgreSQL: a NUL in an id or slug reached the database (a 500).
describe('a NUL character anywhere in the URL is a JSON 400', () => {
  const app = useTestApp();

  it('in a GraphQL variable it is a user error too (the Document Service check)', async () => {
    const response = await graphql(app, 'query($t: String) { articles(filters: { title: { eq: $t } }) { title } }', { t: 'a\u0000b' });
    expect(response.body.errors[0]).toMatchObject({ message: expect.stringContaining('NUL'), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it.each([
    '/api/topics/%00',
    '/api/authors/a%00b',
    '/api/articles/slug/%00',
    '/api/search?q=run%00',
    '/api/articles?locale=%00',
    '/api/articles?sort=title%00',
    '/api/articles?_q=a%00b',
    '/api/articles?filters[title][$notContainsi][0]=%00',
  ])('%s', async (url) => {
    const response = await app.http().get(url);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      data: null,
      error: { status: 400, name: 'ValidationError', message: expect.stringContaining('NUL') },
    });
  });
});
