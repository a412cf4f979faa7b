import http from 'http';
import type { AddressInfo } from 'net';
import type { TestApp } from './strapi';

type Client = Pick<TestApp, 'http'>;

/** Reads a path until it comes from the cache, so a later change is a change to a cached answer. */
export const cached = async (client: Client, path: string) => {
  await client.http().get(path);
  const hit = await client.http().get(path);
  expect([path, hit.headers['x-cache']]).toEqual([path, 'HIT']);
  return hit.body;
};

export const fresh = async (client: Client, path: string) => (await client.http().get(path)).body;

/** Cross-process invalidation arrives asynchronously, within a second. */
export const within = async (ms: number, check: () => Promise<boolean>) => {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check()) return Date.now();
    if (Date.now() > deadline) throw new Error(`not true within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

/** The bytes as sent: supertest would decompress them itself. */
export const rawGet = (app: Pick<TestApp, 'strapi'>, path: string, headers: Record<string, string>) =>
  new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const { port } = app.strapi.server.httpServer.address() as AddressInfo;
    http
      .get({ host: '127.0.0.1', port, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
