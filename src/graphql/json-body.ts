import type { Context } from 'koa';

// koa-bodyparser's default JSON limit, which the GraphQL route's own parser uses.
const MAX_BODY_BYTES = 1024 * 1024;

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
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      graphqlError(ctx, 413, 'The request body is larger than 1 MB.', 'PAYLOAD_TOO_LARGE');
      return false;
    }
    chunks.push(chunk);
  }
  try {
    request.body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return true;
  } catch (error) {
    graphqlError(ctx, 400, `The request body is not valid JSON: ${(error as Error).message}`, 'BAD_REQUEST');
    return false;
  }
};

