import { env } from '@strapi/utils';
import { mediaOrigin, uploadStorageConfig } from '../../src/platform/media/upload-storage';

const S3_VARIABLES = [
  'UPLOAD_PROVIDER',
  'S3_BUCKET',
  'S3_REGION',
  'S3_ENDPOINT',
  'S3_FORCE_PATH_STYLE',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_PUBLIC_URL',
  'S3_ACL',
  'S3_CACHE_CONTROL',
  'S3_ROOT_PATH',
];

const withEnv = <T>(values: Record<string, string>, read: () => T) => {
  const saved = Object.fromEntries(S3_VARIABLES.map((name) => [name, process.env[name]]));
  for (const name of S3_VARIABLES) delete process.env[name];
  Object.assign(process.env, values);
  try {
    return read();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
};

describe('where uploads are kept, from the environment', () => {
  it("keeps the local folder (Strapi's own provider) when nothing is set, with no other origin for media", () => {
    expect(withEnv({}, () => uploadStorageConfig(env))).toEqual({});
    expect(withEnv({}, () => mediaOrigin(env))).toBeNull();
  });

  it('configures the S3 provider for an S3-compatible server with a CDN in front', () => {
    const config = withEnv(
      {
        UPLOAD_PROVIDER: 's3',
        S3_BUCKET: 'clinic-media',
        S3_ENDPOINT: 'https://objects.example.org',
        S3_FORCE_PATH_STYLE: 'true',
        S3_ACCESS_KEY_ID: 'uploader',
        S3_SECRET_ACCESS_KEY: 'secret',
        S3_PUBLIC_URL: 'https://media.example.org/site',
      },
      () => uploadStorageConfig(env)
    );
    expect(config).toMatchObject({
      provider: 'aws-s3',
      providerOptions: {
        baseUrl: 'https://media.example.org/site',
        s3Options: {
          endpoint: 'https://objects.example.org',
          forcePathStyle: true,
          credentials: { accessKeyId: 'uploader', secretAccessKey: 'secret' },
          params: { Bucket: 'clinic-media', ACL: undefined },
        },
      },
      actionOptions: { upload: { CacheControl: 'public, max-age=86400, stale-while-revalidate=604800' } },
    });
    expect(
      withEnv({ UPLOAD_PROVIDER: 's3', S3_BUCKET: 'b', S3_PUBLIC_URL: 'https://media.example.org/site' }, () => mediaOrigin(env))
    ).toBe('https://media.example.org');
  });

  it('leaves credentials to the AWS SDK (an instance role) when no keys are given, and sends no ACL unless asked', () => {
    const aws = { UPLOAD_PROVIDER: 's3', S3_BUCKET: 'clinic-media', S3_REGION: 'eu-west-2', S3_PUBLIC_URL: 'https://cdn.example.org/' };
    const config = withEnv(aws, () => uploadStorageConfig(env));
    expect(config.providerOptions?.s3Options).not.toHaveProperty('credentials');
    expect(config.providerOptions?.s3Options.params).toEqual({ Bucket: 'clinic-media', ACL: undefined });
    expect(config.providerOptions?.baseUrl).toBe('https://cdn.example.org');
    const publicRead = withEnv({ ...aws, S3_ACL: 'public-read' }, () => uploadStorageConfig(env));
    expect(publicRead.providerOptions?.s3Options.params.ACL).toBe('public-read');
  });

  it.each([
    [{ UPLOAD_PROVIDER: 'ftp' }, 'UPLOAD_PROVIDER must be "local" or "s3", not "ftp".'],
    [{ UPLOAD_PROVIDER: 's3' }, 'UPLOAD_PROVIDER=s3 needs S3_BUCKET.'],
    [{ UPLOAD_PROVIDER: 's3', S3_BUCKET: 'b' }, 'UPLOAD_PROVIDER=s3 needs S3_PUBLIC_URL.'],
    [
      { UPLOAD_PROVIDER: 's3', S3_BUCKET: 'b', S3_PUBLIC_URL: 'https://cdn.example.org', S3_ACCESS_KEY_ID: 'uploader' },
      'UPLOAD_PROVIDER=s3 needs S3_SECRET_ACCESS_KEY.',
    ],
  ])('refuses %j with a message naming the problem', (values, message) => {
    expect(() => withEnv(values, () => uploadStorageConfig(env))).toThrow(message);
  });
});
