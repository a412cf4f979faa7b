import type { IncomingMessage, ServerResponse } from 'http';
import type { Core } from '@strapi/strapi';
import { publicReadRule } from './public-reads';
import type { CachedResponse } from './cached-response';
import { cacheKeyOf } from './cache-key';
import { responseCacheOf } from './response-cache';

/** Set on a request the front looked up and did not find, so Koa's middleware does not look again. */
export const LOOKED_UP = Symbol('response-cache looked up');
type LookedUp = IncomingMessage & { [LOOKED_UP]?: string };

/** The encoding to send: brotli, then gzip, when the client accepts them (q above zero). */
const encodingFor = (acceptEncoding: string | undefined): 'br' | 'gzip' | undefined => {
  if (!acceptEncoding) return undefined;
  const accepted = new Set<string>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.find((param) => param.trim().startsWith('q='));
    if (!q || Number(q.trim().slice(2)) > 0) accepted.add(name!.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return undefined;
};

/** If-None-Match against the stored ETag, as Koa's `ctx.fresh` decides it. */
const isFresh = (req: IncomingMessage, etag: string | undefined) => {
  const ifNoneMatch = req.headers['if-none-match'];
  if (!ifNoneMatch || !etag || /(?:^|,)\s*no-cache\s*(?:,|$)/.test(req.headers['cache-control'] ?? '')) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag.replace(/^W\//, ''));
};

const send = (req: IncomingMessage, res: ServerResponse, entry: CachedResponse) => {
  const headers: Record<string, string | number> = { ...entry.headers, 'x-cache': 'HIT' };
  if (isFresh(req, entry.headers.etag)) {
    // What Koa leaves on a 304: no body, so no type or length.
    delete headers['content-type'];
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const encoding = entry.gzip ? encodingFor(req.headers['accept-encoding']) : undefined;
  const body = encoding ? entry[encoding]! : entry.body;
  if (encoding) headers['content-encoding'] = encoding;
  headers['content-length'] = body.length;
  res.writeHead(entry.status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
};

/**
 * The front of the chain: public reads found in the response cache are answered on the bare
 * Node request, before Koa builds a context and before any middleware runs; that is the
 * difference between a few thousand and tens of thousands of answers a second. The stored
 * headers are the ones the whole chain produced for that answer (security headers, CORS for
 * that Origin, ETag, Cache-Control). Everything else goes on to Strapi's Koa app unchanged.
 */
export const answerHitsFirst = (strapi: Core.Strapi) => {
  const cache = responseCacheOf(strapi);
  if (!cache.enabled) return;
  const { isPublicRead } = publicReadRule(strapi);
  const server = strapi.server.httpServer;
  const koa = server.listeners('request') as Array<(req: IncomingMessage, res: ServerResponse) => void>;
  server.removeAllListeners('request');

  const passOn = (req: IncomingMessage, res: ServerResponse) => koa.forEach((listener) => listener.call(server, req, res));
  const answerOrPassOn = (req: LookedUp, res: ServerResponse) => {
    const url = req.url ?? '/';
    const mark = url.indexOf('?');
    const request = {
      method: req.method ?? 'GET',
      path: mark === -1 ? url : url.slice(0, mark),
      querystring: mark === -1 ? '' : url.slice(mark + 1),
      authorization: req.headers.authorization,
    };
    const key = isPublicRead(request) ? cacheKeyOf({ ...request, origin: req.headers.origin ?? '' }) : undefined;
    if (key === undefined) return passOn(req, res);

    const answer = (hit: CachedResponse | undefined) => {
      if (hit) return send(req, res, hit);
      req[LOOKED_UP] = key;
      return passOn(req, res);
    };
    const found = cache.lookup(key);
    // The in-process store answers at once; only a shared one (Redis) costs a promise.
    if (found instanceof Promise) found.then(answer, () => passOn(req, res));
    else answer(found);
  };
  server.on('request', (req: LookedUp, res: ServerResponse) => {
    // Outside Koa nothing catches a throw: it would take the process down. Strapi answers instead.
    try {
      answerOrPassOn(req, res);
    } catch (error) {
      strapi.log.error(`Response cache: ${(error as Error).message}`);
      if (!res.headersSent) passOn(req, res);
    }
  });
};
