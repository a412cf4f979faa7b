import type { S3ClientConfig } from '@aws-sdk/client-s3';

export declare const SWIFT_BIN: string;
export declare const isSwiftInstalled: () => boolean;
/** swift-s3-server.js */
export declare const startSwiftS3: (dir: string) => Promise<{
  bucket: string;
  clientOptions: S3ClientConfig;
  env: Record<string, string>;
  stop: () => Promise<void>;
}>;
