import http from 'http';
import type { AddressInfo } from 'net';

export type Delivery<Body = Record<string, unknown>> = { headers: http.IncomingHttpHeaders; raw: string; body: Body };

/** A webhook receiver on 127.0.0.1 that records what it is told; the first `failFirst` calls get a 503. */
export const startWebhookReceiver = async <Body = Record<string, unknown>>(failFirst = 0) => {
  const deliveries: Array<Delivery<Body>> = [];
  let failuresLeft = failFirst;
  const server = http.createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        response.writeHead(503).end();
        return;
      }
      deliveries.push({ headers: request.headers, raw, body: JSON.parse(raw) });
      response.writeHead(200).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    deliveries,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
};

/** The first value `find` returns, polling until it comes or `timeoutMs` passes. */
export const waitFor = async <T>(find: () => T | undefined, timeoutMs = 10_000): Promise<T> => {
  const started = Date.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() - started > timeoutMs) throw new Error('Timed out waiting for a delivery');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

export type WebhookReceiver<Body = Record<string, unknown>> = Awaited<ReturnType<typeof startWebhookReceiver<Body>>>;
