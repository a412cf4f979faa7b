import zlib from 'zlib';

/** A public answer as it was sent, with its compressed forms made once rather than per hit. */
export type CachedResponse = {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  gzip?: Buffer;
  br?: Buffer;
  /** The models it was built from: a public write to any of them drops it. */
  tags: string[];
};

// koa-compress (strapi::compression) leaves smaller bodies alone too.
const COMPRESSION_THRESHOLD = 1024;

export const compressedForms = (body: Buffer) =>
  body.length < COMPRESSION_THRESHOLD
    ? {}
    : {
        gzip: zlib.gzipSync(body, { level: 6 }),
        br: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }),
      };

export const sizeOf = (entry: CachedResponse) => entry.body.length + (entry.gzip?.length ?? 0) + (entry.br?.length ?? 0) + 512;
