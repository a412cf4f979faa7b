import fs from 'fs';
import os from 'os';
import path from 'path';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { startSwiftS3 } from '../../scripts/lib/swift-s3-server';

export type S3Server = {
  /** UPLOAD_PROVIDER=s3 and the bucket's settings: hand it to useTestApp, declared after this. */
  env: Record<string, string>;
  keys: () => Promise<string[]>;
  read: (key: string) => Promise<{ body: Buffer; contentType?: string; cacheControl?: string }>;
  exists: (key: string) => Promise<boolean>;
  empty: () => Promise<void>;
};

/**
 * A throwaway S3-compatible server for one test file: OpenStack Swift on private loopback ports
 * with one replica in a temporary folder, and a public-read bucket (scripts/lib/swift-s3-server.js).
 * Whether the file runs at all is decided in tests/setup/selection.js.
 */
export const useS3Server = (): S3Server => {
  const env: Record<string, string> = {};
  let dir = '';
  let server: Awaited<ReturnType<typeof startSwiftS3>> | undefined;
  let client: S3Client | undefined;
  const s3 = () => {
    if (!client || !server) throw new Error('The S3 server is used before it has started.');
    return { client, Bucket: server.bucket };
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wellness-cms-swift-'));
    server = await startSwiftS3(dir);
    client = new S3Client(server.clientOptions);
    Object.assign(env, server.env);
  });

  afterAll(async () => {
    client?.destroy();
    await server?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const keys = async () => {
    const { client: c, Bucket } = s3();
    const listed = await c.send(new ListObjectsV2Command({ Bucket }));
    return (listed.Contents ?? []).map((object) => object.Key ?? '').sort();
  };

  return {
    env,
    keys,
    read: async (key) => {
      const { client: c, Bucket } = s3();
      const object = await c.send(new GetObjectCommand({ Bucket, Key: key }));
      return {
        body: Buffer.from(await object.Body!.transformToByteArray()),
        contentType: object.ContentType,
        cacheControl: object.CacheControl,
      };
    },
    exists: async (key) => {
      const { client: c, Bucket } = s3();
      return c.send(new HeadObjectCommand({ Bucket, Key: key })).then(
        () => true,
        (error: { $metadata?: { httpStatusCode?: number } }) => {
          if (error.$metadata?.httpStatusCode === 404) return false;
          throw error;
        }
      );
    },
    empty: async () => {
      const { client: c, Bucket } = s3();
      for (const key of await keys()) await c.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
  };
};
