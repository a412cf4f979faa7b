import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

/** Where uploaded files are kept: the local public folder (embedded default) or an S3 bucket. */
export type UploadStorage = 'local' | 's3';

/**
 * Media files are named by a content hash, but the media library's "replace" keeps the name and
 * changes the bytes: a year of `immutable` would leave browsers and CDNs on the old image. A day,
 * then a week of serving the old copy while fetching the new one, is the trade made here.
 */
const DEFAULT_CACHE_CONTROL = 'public, max-age=86400, stale-while-revalidate=604800';

const readStorage = (env: Env): UploadStorage => {
  const storage = env('UPLOAD_PROVIDER', 'local');
  if (storage === 'local' || storage === 's3') return storage;
  throw new Error(`UPLOAD_PROVIDER must be "local" or "s3", not "${storage}".`);
};

const required = (env: Env, name: string) => {
  const value = env(name, '');
  if (!value) throw new Error(`UPLOAD_PROVIDER=s3 needs ${name}.`);
  return value;
};

/** The origin browsers load media from, for the Content-Security-Policy; null for this origin. */
export const mediaOrigin = (env: Env): string | null =>
  readStorage(env) === 'local' ? null : new URL(required(env, 'S3_PUBLIC_URL')).origin;

/**
 * The upload plugin's provider settings for `config/plugins.ts`. `s3` uses Strapi's official
 * provider (@strapi/provider-upload-aws-s3) against AWS or any S3-compatible server; the upload
 * plugin's own rules (types judged by bytes, size limit) run before either provider sees a file.
 */
export const uploadStorageConfig = (env: Env) => {
  if (readStorage(env) === 'local') return {};
  const bucket = required(env, 'S3_BUCKET');
  const publicUrl = required(env, 'S3_PUBLIC_URL').replace(/\/+$/, '');
  const accessKeyId = env('S3_ACCESS_KEY_ID', '');
  const acl = env('S3_ACL', 'none');
  const cacheControl = env('S3_CACHE_CONTROL', DEFAULT_CACHE_CONTROL);
  const endpoint = env('S3_ENDPOINT', '');
  return {
    provider: 'aws-s3',
    providerOptions: {
      // Where browsers read files: the CDN in front of the bucket, or the bucket's own address.
      // Required rather than guessed: the SDK's own URL depends on region, path style and
      // endpoint, and the CSP must name the same origin.
      baseUrl: publicUrl,
      rootPath: env('S3_ROOT_PATH', '') || undefined,
      s3Options: {
        region: env('S3_REGION', 'us-east-1'),
        ...(endpoint ? { endpoint } : {}),
        forcePathStyle: env.bool('S3_FORCE_PATH_STYLE', false),
        // Without keys the AWS SDK's own chain applies (instance role, AWS_* variables).
        ...(accessKeyId ? { credentials: { accessKeyId, secretAccessKey: required(env, 'S3_SECRET_ACCESS_KEY') } } : {}),
        // The SDK's default checksums travel as chunked trailers that S3-compatible servers
        // (Swift's s3api, older MinIO, Ceph) refuse; AWS accepts both ways.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        // No ACL header by default: AWS buckets have ACLs disabled since 2023 (a bucket policy or
        // the CDN's origin access makes files readable). "public-read" needs s3:PutObjectAcl.
        params: { Bucket: bucket, ACL: acl === 'none' ? undefined : acl },
      },
    },
    actionOptions: {
      upload: { CacheControl: cacheControl },
      uploadStream: { CacheControl: cacheControl },
      delete: {},
    },
  };
};
