import type { IncomingMessage, ServerResponse } from 'http';
import fresh from 'fresh';
import Negotiator from 'negotiator';
import { LRUCache } from 'lru-cache';
import type { Core } from '@strapi/strapi';
import { publicReadRule } from './public-reads';
import type { CachedResponse } from './cached-response';
import { cacheKeyOf } from './cache-key';
import { responseCacheOf } from './response-cache';

/** Set on a request the front looked up and did not find, so Koa's middleware does not look again. */
export const LOOKED_UP = Symbol('response-cache looked up');
type LookedUp = IncomingMessage & { [LOOKED_UP]?: string };

// negotiator 0.6.4 takes the server's own order for encodings the client weighs equally, as a
// second argument that @types/negotiator does not declare yet.
type EncodingNegotiator = { encoding(available: readonly string[], preferred: readonly string[]): string | undefined };

type Encoding = 'br' | 'gzip' | 'identity';

/** The encoding to send: the client's weights first, brotli before gzip among equals; identity when neither is acceptable. */
const negotiatedEncoding = (acceptEncoding: string | undefined): Encoding => {
  // "Q=0" refuses too (the weight's ABNF literal is case-insensitive, RFC 9110 12.4.2);
  // negotiator reads only a lower-case "q=".
  const headers = { 'accept-encoding': acceptEncoding?.toLowerCase() };
  const negotiator: EncodingNegotiator = new Negotiator({ headers });
  const encoding = negotiator.encoding(['br', 'gzip', 'identity'], ['br', 'gzip']);
  return encoding === 'br' || encoding === 'gzip' ? encoding : 'identity';
};

// Clients send a handful of distinct Accept-Encoding values; parsing one costs more than the rest of a hit.
const ENCODINGS = new LRUCache<string, Encoding>({ max: 256 });
const encodingFor = (acceptEncoding = ''): Encoding => {
  let encoding = ENCODINGS.get(acceptEncoding);
  if (encoding === undefined) ENCODINGS.set(acceptEncoding, (encoding = negotiatedEncoding(acceptEncoding)));
  return encoding;
};

/**
 * The headers of a hit in each encoding, made once per entry: an entry from the in-process store
 * is the same object on every hit.
 */
const HIT_HEADERS = new WeakMap<CachedResponse, Partial<Record<Encoding, Record<string, string | number>>>>();
const hitHeaders = (entry: CachedResponse, encoding: Encoding, body: Buffer) => {
  let byEncoding = HIT_HEADERS.get(entry);
  if (!byEncoding) HIT_HEADERS.set(entry, (byEncoding = {}));
  return (byEncoding[encoding] ??= {
    ...entry.headers,
    'x-cache': 'HIT',
    ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
    'content-length': body.length,
  });
};

const send = (req: IncomingMessage, res: ServerResponse, entry: CachedResponse) => {
  // Koa's own test for ctx.fresh: the same answer to a conditional request as on a miss.
  if (fresh(req.headers, entry.headers)) {
    // What Koa leaves on a 304: no body, so no type or length.
    const { 'content-type': _type, ...headers } = entry.headers;
    res.writeHead(304, { ...headers, 'x-cache': 'HIT' });
    res.end();
    return;
  }
  const encoding = entry.gzip ? encodingFor(req.headers['accept-encoding']) : 'identity';
  const body = encoding === 'identity' ? entry.body : entry[encoding]!;
  res.writeHead(entry.status, hitHeaders(entry, encoding, body));
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
