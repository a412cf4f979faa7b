import { execFileSync, spawn, type ChildProcess } from 'child_process';
import { once } from 'events';
import fs from 'fs';
import os from 'os';
import path from 'path';
import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import { freePort } from '../../scripts/lib/free-port';

/** Debian's OpenStack Swift, whose proxy ships the s3api middleware (tests/setup/selection.js). */
export const SWIFT_BIN = process.env.SWIFT_BIN_DIR || '/usr/bin';
const STORAGE_SERVERS = ['account', 'container', 'object'] as const;
const BUCKET = 'media';
const ACCESS_KEY = 'media:uploader';
const SECRET_KEY = 'uploader-secret';

const serverConfig = (dir: string, port: number) => `[DEFAULT]
bind_ip = 127.0.0.1
bind_port = ${port}
workers = 0
user = root
swift_dir = ${dir}
devices = ${dir}/devices
mount_check = false
log_level = WARNING
`;

/** One replica of each ring on a folder of its own, with the servers' loopback ports in the rings. */
const writeSwift = (dir: string, ports: Record<(typeof STORAGE_SERVERS)[number] | 'proxy', number>) => {
  fs.mkdirSync(path.join(dir, 'devices', 'd1'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'swift.conf'),
    '[swift-hash]\nswift_hash_path_suffix = wellness-cms-tests\n[storage-policy:0]\nname = Policy-0\ndefault = yes\n'
  );
  for (const server of STORAGE_SERVERS) {
    const builder = path.join(dir, `${server}.builder`);
    const ring = (...args: string[]) => execFileSync(path.join(SWIFT_BIN, 'swift-ring-builder'), [builder, ...args], { stdio: 'ignore' });
    ring('create', '6', '1', '1');
    ring('add', `r1z1-127.0.0.1:${ports[server]}/d1`, '1');
    // Exit status 1 is "rebalanced with a warning" (one device); only 2 is a failure.
    try {
      ring('rebalance');
    } catch (error) {
      if ((error as { status?: number }).status !== 1) throw error;
    }
    fs.writeFileSync(
      path.join(dir, `${server}-server.conf`),
      `${serverConfig(dir, ports[server])}[pipeline:main]\npipeline = ${server}-server\n[app:${server}-server]\nuse = egg:swift#${server}\n`
    );
  }
  // s3api in front of tempauth; tempauth insists on a memcache client, which answers misses
  // while no memcached listens (S3 signatures are checked on every request, nothing is cached).
  const filters = ['catch_errors', 'gatekeeper', 'healthcheck', 'proxy_logging', 'listing_formats', 'copy', 'slo', 'dlo'];
  fs.writeFileSync(
    path.join(dir, 'proxy-server.conf'),
    `${serverConfig(dir, ports.proxy)}[pipeline:main]
pipeline = catch_errors gatekeeper healthcheck proxy_logging cache listing_formats s3api tempauth copy slo dlo proxy_logging proxy-server
[app:proxy-server]
use = egg:swift#proxy
account_autocreate = true
[filter:cache]
use = egg:swift#memcache
memcache_servers = 127.0.0.1:9
[filter:s3api]
use = egg:swift#s3api
location = us-east-1
[filter:tempauth]
use = egg:swift#tempauth
user_media_uploader = ${SECRET_KEY} .admin
${filters.map((name) => `[filter:${name}]\nuse = egg:swift#${name}\n`).join('')}`
  );
};

const untilHealthy = async (url: string, children: ChildProcess[], output: () => string) => {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const exited = children.find((child) => child.exitCode !== null);
    if (exited) throw new Error(`A Swift server exited with ${exited.exitCode}: ${output()}`);
    const healthy = await fetch(url).then(
      (response) => response.ok,
      () => false
    );
    if (healthy) return;
    if (Date.now() > deadline) throw new Error(`Swift did not answer ${url} within 30 s: ${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

export type S3Server = {
  /** UPLOAD_PROVIDER=s3 and the bucket's settings: hand it to useTestApp, declared after this. */
  env: Record<string, string>;
  client: () => S3Client;
  keys: () => Promise<string[]>;
  read: (key: string) => Promise<{ body: Buffer; contentType?: string; cacheControl?: string }>;
  exists: (key: string) => Promise<boolean>;
  empty: () => Promise<void>;
};

/**
 * A throwaway S3-compatible server for one test file: Swift's proxy, account, container and
 * object servers on private loopback ports, one replica in a temporary folder, and a public-read
 * bucket. Whether the file runs at all is decided in tests/setup/selection.js.
 */
export const useS3Server = (): S3Server => {
  const env: Record<string, string> = {};
  const children: ChildProcess[] = [];
  let output = '';
  let dir = '';
  let client: S3Client | undefined;
  const s3 = () => {
    if (!client) throw new Error('The S3 server is used before it has started.');
    return client;
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wellness-cms-swift-'));
    const ports = { account: await freePort(), container: await freePort(), object: await freePort(), proxy: await freePort() };
    writeSwift(dir, ports);
    for (const server of [...STORAGE_SERVERS, 'proxy'] as const) {
      const child = spawn(path.join(SWIFT_BIN, `swift-${server}-server`), [path.join(dir, `${server}-server.conf`)], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const keep = (chunk: Buffer) => {
        output = (output + chunk.toString()).slice(-4000);
      };
      child.stdout!.on('data', keep);
      child.stderr!.on('data', keep);
      children.push(child);
    }
    const endpoint = `http://127.0.0.1:${ports.proxy}`;
    await untilHealthy(`${endpoint}/healthcheck`, children, () => output);
    client = new S3Client({
      endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    // The account and container servers may still be starting when the proxy answers.
    for (let attempt = 0; ; attempt += 1) {
      try {
        await client.send(new CreateBucketCommand({ Bucket: BUCKET, ACL: 'public-read' }));
        break;
      } catch (error) {
        if (attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    Object.assign(env, {
      UPLOAD_PROVIDER: 's3',
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_BUCKET: BUCKET,
      S3_ACCESS_KEY_ID: ACCESS_KEY,
      S3_SECRET_ACCESS_KEY: SECRET_KEY,
      S3_FORCE_PATH_STYLE: 'true',
      // Swift serves a public-read bucket without a signature under its own API's path.
      S3_PUBLIC_URL: `${endpoint}/v1/AUTH_media/${BUCKET}`,
    });
  });

  afterAll(async () => {
    client?.destroy();
    await Promise.all(
      children
        .filter((child) => child.exitCode === null)
        .map((child) => {
          const exited = once(child, 'exit');
          child.kill('SIGKILL');
          return exited;
        })
    );
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const keys = async () => {
    const listed = await s3().send(new ListObjectsV2Command({ Bucket: BUCKET }));
    return (listed.Contents ?? []).map((object) => object.Key ?? '').sort();
  };

  return {
    env,
    client: s3,
    keys,
    read: async (key) => {
      const object = await s3().send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
      return {
        body: Buffer.from(await object.Body!.transformToByteArray()),
        contentType: object.ContentType,
        cacheControl: object.CacheControl,
      };
    },
    exists: async (key) =>
      s3()
        .send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }))
        .then(
          () => true,
          (error: { $metadata?: { httpStatusCode?: number } }) => {
            if (error.$metadata?.httpStatusCode === 404) return false;
            throw error;
          }
        ),
    empty: async () => {
      for (const key of await keys()) await s3().send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
    },
  };
};
