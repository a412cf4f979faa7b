import fs from 'fs';
import http from 'http';
import path from 'path';
import type { AddressInfo } from 'net';
import fc from 'fast-check';
import type { FuzzMarkers } from './fuzz-content';
import type { TestApp } from './strapi';

/**
 * A property over generated requests with a bound on shrinking: each shrink step is a request
 * and fast-check may try thousands, so once a case has failed, candidates are skipped after
 * `shrinkSeconds` and the smallest failure found by then is the one reported.
 */
export const requestProperty = <T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => Promise<void>, shrinkSeconds = 30) => {
  let firstFailure: number | undefined;
  return fc.asyncProperty(arbitrary, async (value) => {
    fc.pre(firstFailure === undefined || Date.now() - firstFailure < shrinkSeconds * 1000);
    try {
      await check(value);
    } catch (error) {
      firstFailure ??= Date.now();
      throw error;
    }
  });
};

export type FuzzResponse = { method: string; url: string; status: number; contentType: string; text: string };

/**
 * A bare HTTP client on one keep-alive connection. Unlike supertest it sends the path exactly as
 * generated (brackets, stray percent signs, Latin-1 bytes), which is the point of fuzzing it.
 */
export const rawClient = (app: TestApp) => {
  const { port } = app.strapi.server.httpServer.address() as AddressInfo;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const send = (method: string, url: string, body?: string, headers: Record<string, string> = {}) =>
    new Promise<FuzzResponse>((resolve, reject) => {
      const request = http.request({ host: '127.0.0.1', port, method, path: url, agent, headers, timeout: 30_000 }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            method,
            url,
            status: response.statusCode ?? 0,
            contentType: String(response.headers['content-type'] ?? ''),
            text: Buffer.concat(chunks).toString('utf8'),
          })
        );
        response.on('error', reject);
      });
      request.on('timeout', () => request.destroy(new Error(`${method} ${url} took more than 30 s`)));
      request.on('error', reject);
      request.end(body);
    });
  return { send, close: () => agent.destroy() };
};

/** Counts what the fuzzers saw and writes it to tests/.output/fuzz-summary-<database>.json. */
export class FuzzTally {
  private readonly statuses: Record<string, number> = {};
  private readonly routes: Record<string, Record<string, number>> = {};
  private readonly reasons: Record<string, number> = {};
  private cases = 0;
  private readonly startedAt = Date.now();

  constructor(
    private readonly suite: string,
    private readonly database: string
  ) {}

  /** Counts a 4xx's error message, cut to its gist so refusals of one kind count together. */
  refusal(status: number, reason: string | undefined) {
    if (reason === undefined) return;
    const gist = `${status} ${reason.replace(/"[^"]*"|\d+/g, '…').slice(0, 90)}`;
    this.reasons[gist] = (this.reasons[gist] ?? 0) + 1;
  }

  record(route: string, status: number) {
    this.cases += 1;
    this.statuses[status] = (this.statuses[status] ?? 0) + 1;
    this.routes[route] ??= {};
    this.routes[route][status] = (this.routes[route][status] ?? 0) + 1;
  }

  write() {
    const summary = {
      suite: this.suite,
      database: this.database,
      requests: this.cases,
      seconds: (Date.now() - this.startedAt) / 1000,
      statuses: this.statuses,
      routes: this.routes,
      commonRefusals: Object.fromEntries(
        Object.entries(this.reasons)
          .sort(([, a], [, b]) => b - a)
          .slice(0, 25)
      ),
    };
    const directory = path.resolve(__dirname, '..', '.output');
    fs.mkdirSync(directory, { recursive: true });
    fs.writeFileSync(path.join(directory, `fuzz-summary-${this.suite}-${this.database}.json`), `${JSON.stringify(summary, null, 2)}\n`);
    console.log(
      `${this.suite} fuzz on ${this.database}: ${this.cases} requests in ${summary.seconds.toFixed(1)} s, statuses ${JSON.stringify(this.statuses)}`
    );
  }
}

const SECRET_KEYS = new Set(['password', 'resetPasswordToken', 'registrationToken', 'confirmationToken', 'accessKey']);
const BCRYPT_HASH = /\$2[aby]\$\d\d\$/;

/** The first thing in a JSON value the public must not see, or undefined. */
const leakIn = (value: unknown, where: string): string | undefined => {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const leak = leakIn(item, `${where}[${index}]`);
      if (leak) return leak;
    }
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (SECRET_KEYS.has(key)) return `a "${key}" field at ${where}`;
    // Only published versions are public; a null publishedAt is a draft.
    if (key === 'publishedAt' && item === null) return `a draft (publishedAt: null) at ${where}`;
    const leak = leakIn(item, `${where}.${key}`);
    if (leak) return leak;
  }
  return undefined;
};

/** Why a successful answer shows something it must not (a marker, a secret, a draft), or undefined. */
export const leakInSuccess = (text: string, body: unknown, markers: FuzzMarkers): string | undefined => {
  const lower = text.toLowerCase();
  for (const marker of [markers.draft, markers.privateField, ...markers.secrets]) {
    if (lower.includes(marker.toLowerCase())) return `the marker "${marker}"`;
  }
  if (BCRYPT_HASH.test(text)) return 'a bcrypt hash';
  return leakIn(body, '$');
};

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** Throws, naming the request, when a response breaks a property; the message is fast-check's report. */
export const failWith = (response: FuzzResponse, problem: string): never => {
  throw new Error(`${response.method} ${response.url}\n  -> ${response.status}: ${problem}\n  body: ${response.text.slice(0, 600)}`);
};

export const jsonBodyOf = (response: FuzzResponse) => {
  const body = parseJson(response.text);
  if (!response.contentType.includes('json') || body === undefined)
    failWith(response, `the body is not JSON (${response.contentType || 'no content type'})`);
  return body as Record<string, unknown>;
};

const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * No 5xx; a 4xx is Strapi's JSON error shape; a 200 shows only published, public data; nothing
 * is written onto Object.prototype.
 * Returns the error message of a 4xx, for the tally.
 */
export const assertRestProperties = (
  response: FuzzResponse,
  markers: FuzzMarkers,
  answers: 'json' | 'xml' | 'text' = 'json'
): string | undefined => {
  if (response.status >= 500) failWith(response, 'a server error');
  // The app runs in this realm: a request that wrote onto Object.prototype shows here at once.
  const polluted = Object.getOwnPropertyNames(Object.prototype).filter((name) => !PROTOTYPE_NAMES.has(name));
  if (polluted.length > 0) failWith(response, `wrote ${polluted.join(', ')} onto Object.prototype`);
  if (response.status < 400 && answers !== 'json') {
    if (!response.contentType.includes(answers === 'xml' ? 'xml' : 'text/plain'))
      failWith(response, `a ${answers} route answered ${response.contentType || 'no content type'}`);
    const leak = leakInSuccess(response.text, undefined, markers);
    if (leak) failWith(response, `leaked ${leak}`);
    return undefined;
  }
  const body = jsonBodyOf(response);
  if (response.status >= 400) {
    const error = body.error as { status?: unknown; name?: unknown; message?: unknown } | undefined;
    if (
      body.data !== null ||
      !error ||
      error.status !== response.status ||
      typeof error.name !== 'string' ||
      typeof error.message !== 'string'
    ) {
      failWith(response, 'a 4xx without { data: null, error: { status, name, message } }');
    }
    return String(error?.message);
  }
  const leak = leakInSuccess(response.text, body, markers);
  if (leak) failWith(response, `leaked ${leak}`);
  return undefined;
};

type GraphqlBody = { data?: Record<string, unknown> | null; errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }> };

/**
 * No 5xx; a 4xx is JSON with GraphQL `errors` (or Strapi's error shape, when the body never
 * became a GraphQL request); a 200 has no internal error, no draft, no secret, and no write a
 * public client could make. Returns the first error message, for the tally.
 */
export const assertGraphqlProperties = (response: FuzzResponse, markers: FuzzMarkers, isMutation: boolean): string | undefined => {
  if (response.status >= 500) failWith(response, 'a server error');
  const body = jsonBodyOf(response) as GraphqlBody & Record<string, unknown>;
  const errors = Array.isArray(body.errors) ? body.errors : [];
  if (response.status >= 400) {
    const restError = body.error as { status?: unknown; message?: unknown } | undefined;
    const hasErrors = errors.length > 0 && errors.every((error) => typeof error.message === 'string');
    if (!hasErrors && !(body.data === null && restError?.status === response.status && typeof restError.message === 'string')) {
      failWith(response, 'a 4xx without an errors array');
    }
    return String(errors[0]?.message ?? restError?.message);
  }
  const internal = errors.find((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
  if (internal) failWith(response, `an internal error behind a 200: ${String(internal.message)}`);
  // Error messages may echo the query's own values; only data must be free of draft markers.
  const leak =
    leakInSuccess(JSON.stringify(body.data ?? null), body.data, markers) ??
    leakInSuccess(JSON.stringify(errors), errors, { ...markers, draft: markers.secrets[0] });
  if (leak) failWith(response, `leaked ${leak}`);
  if (isMutation && Object.values(body.data ?? {}).some((value) => value !== null)) failWith(response, 'a public client wrote content');
  return errors.length > 0 ? String(errors[0].message) : undefined;
};
