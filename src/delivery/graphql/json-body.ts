import type { IncomingMessage } from 'http';
import type { Context } from 'koa';

// koa-bodyparser's default JSON limit, which the GraphQL route's own parser uses.
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The body, or undefined once it outgrows `limit`. The request is then left paused, not
 * destroyed, so that global::finish-refused-bodies can read the rest before the 413 goes out.
 */
const readAtMost = (request: IncomingMessage, limit: number) =>
  new Promise<Buffer | undefined>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      request.off('data', take);
      request.off('end', end);
      request.off('error', fail);
    };
    const take = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      stop();
      request.pause();
      resolve(undefined);
    };
    const end = () => {
      stop();
      resolve(Buffer.concat(chunks));
    };
    const fail = (error: Error) => {
      stop();
      reject(error);
    };
    request.on('data', take);
    request.once('end', end);
    request.once('error', fail);
  });

export const graphqlError = (ctx: Context, status: number, message: string, code: string) => {
  ctx.status = status;
  ctx.body = { errors: [{ message, extensions: { code } }] };
};

/**
 * Reads the JSON body of a POST to the GraphQL endpoint; false when it has answered instead
 * (too large, not JSON). Strapi's body middleware leaves this endpoint to the route's own
 * parser, which runs too late for a check before Apollo; that parser skips a body read here.
 */
export const readJsonBody = async (ctx: Context): Promise<boolean> => {
  const request = ctx.request as { body?: unknown };
  if (ctx.method !== 'POST' || request.body !== undefined || !ctx.is('application/json')) return true;
  const body = await readAtMost(ctx.req, MAX_BODY_BYTES);
  if (body === undefined) {
    graphqlError(ctx, 413, 'The request body is larger than 1 MB.', 'PAYLOAD_TOO_LARGE');
    return false;
  }
  try {
    request.body = JSON.parse(body.toString('utf8'));
    return true;
  } catch (error) {
    graphqlError(ctx, 400, `The request body is not valid JSON: ${(error as Error).message}`, 'BAD_REQUEST');
    return false;
  }
};
