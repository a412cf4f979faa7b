import { STATUS_CODES } from 'http';
import type { Duplex } from 'stream';
import type { Core } from '@strapi/strapi';
import { errorBody } from './error-body';

type ParserError = Error & { code?: string };
type ClientSocket = Duplex & { _httpMessage?: { headersSent?: boolean } };

// What Node's parser refuses before Koa sees the request: a request line longer than the
// header limit, or bytes no URL may hold (raw non-ASCII, controls).
const STATUS_BY_CODE: Record<string, number> = { HPE_HEADER_OVERFLOW: 431, HPE_REQUEST_TIMEOUT: 408 };
const NAME_BY_STATUS: Record<number, string> = {
  400: 'BadRequestError',
  408: 'RequestTimeoutError',
  431: 'RequestHeaderFieldsTooLargeError',
};

/** Strapi's error shape, as a complete HTTP/1.1 response written straight to the socket. */
export const clientErrorResponse = (code: string | undefined) => {
  const status = STATUS_BY_CODE[code ?? ''] ?? 400;
  const message = `The request could not be read: ${STATUS_CODES[status]}.`;
  const body = JSON.stringify(errorBody({ status, name: NAME_BY_STATUS[status]!, message, details: {} }));
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n');
};

/**
 * Node answers a request its parser rejects with a bare "400 Bad Request" and no body, which
 * breaks the API's promise that every error is JSON. This gives those the same shape as
 * every other error (Node's documented `clientError` pattern), and still drops dead sockets.
 */
export const answerClientErrorsInJson = (strapi: Core.Strapi) => {
  strapi.server.httpServer.on('clientError', (error: ParserError, socket: ClientSocket) => {
    // A response already under way on this socket cannot be followed by another one.
    if (error.code === 'ECONNRESET' || !socket.writable || socket._httpMessage?.headersSent) {
      socket.destroy();
      return;
    }
    socket.end(clientErrorResponse(error.code));
  });
};
