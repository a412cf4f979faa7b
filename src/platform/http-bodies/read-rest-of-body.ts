import type { IncomingMessage } from 'node:http';

type Bounds = { maxBytes: number; maxMilliseconds: number };

/**
 * Reads and discards what is left of a request body. Resolves true when the body ended,
 * false when it outgrew the bounds or failed; the caller's answer then ends the connection.
 */
export function readRestOfBody(request: IncomingMessage, bounds: Bounds): Promise<boolean> {
  if (request.complete) return Promise.resolve(true);
  if (request.destroyed) return Promise.resolve(false);
  return new Promise((resolve) => {
    let received = 0;
    const finish = (ended: boolean) => {
      clearTimeout(timer);
      request.off('data', count);
      request.off('end', onEnd);
      request.off('error', onError);
      request.off('close', onClose);
      resolve(ended);
    };
    const count = (chunk: Buffer) => {
      received += chunk.length;
      if (received > bounds.maxBytes) finish(false);
    };
    const onEnd = () => finish(true);
    const onError = () => finish(false);
    const onClose = () => finish(request.complete);
    const timer = setTimeout(() => finish(false), bounds.maxMilliseconds);
    request.on('data', count);
    request.once('end', onEnd);
    request.once('error', onError);
    request.once('close', onClose);
    request.resume();
  });
}
