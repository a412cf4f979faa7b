// OpenStack Swift as an S3-compatible server on loopback, for the tests, the media benchmark and
// the fault scenarios: Debian's swift-proxy (with its s3api middleware), swift-account,
// swift-container and swift-object, one replica in a folder of the caller's, and a public-read
// bucket. Nothing is installed or written outside `dir`.
const { execFileSync, spawn } = require('child_process');
const { once } = require('events');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { freePort } = require('./free-port');

const SWIFT_BIN = process.env.SWIFT_BIN_DIR || '/usr/bin';
const STORAGE_SERVERS = ['account', 'container', 'object'];
const BUCKET = 'media';
const ACCESS_KEY = 'media:uploader';
const SECRET_KEY = 'uploader-secret';

const isSwiftInstalled = () => fs.existsSync(path.join(SWIFT_BIN, 'swift-proxy-server'));

// Swift switches to `user` at start: the one running it, so it works without root too.
const serverConfig = (dir, port) => `[DEFAULT]
bind_ip = 127.0.0.1
bind_port = ${port}
workers = 0
user = ${os.userInfo().username}
swift_dir = ${dir}
devices = ${dir}/devices
mount_check = false
log_level = WARNING
`;

/** One replica of each ring on a folder of its own, with the servers' loopback ports in the rings. */
const writeSwift = (dir, ports) => {
  fs.mkdirSync(path.join(dir, 'devices', 'd1'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'swift.conf'),
    '[swift-hash]\nswift_hash_path_suffix = wellness-cms-local\n[storage-policy:0]\nname = Policy-0\ndefault = yes\n'
  );
  for (const server of STORAGE_SERVERS) {
    const ring = (...args) =>
      execFileSync(path.join(SWIFT_BIN, 'swift-ring-builder'), [path.join(dir, `${server}.builder`), ...args], { stdio: 'ignore' });
    ring('create', '6', '1', '1');
    ring('add', `r1z1-127.0.0.1:${ports[server]}/d1`, '1');
    // Exit status 1 is "rebalanced with a warning" (one device); only 2 is a failure.
    try {
      ring('rebalance');
    } catch (error) {
      if (error.status !== 1) throw error;
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

const untilHealthy = async (url, children, output) => {
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

/** The S3 client settings the app's provider uses too (src/platform/media/upload-storage.ts). */
const clientOptions = (endpoint) => ({
  endpoint,
  region: 'us-east-1',
  forcePathStyle: true,
  credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY },
  requestChecksumCalculation: 'WHEN_REQUIRED',
  responseChecksumValidation: 'WHEN_REQUIRED',
});

/**
 * Starts the four servers in `dir` on free loopback ports and creates the bucket. Resolves to
 * `env` (UPLOAD_PROVIDER=s3 and the bucket's settings, for the app), `bucket`, `clientOptions`
 * and `stop()`.
 */
const startSwiftS3 = async (dir) => {
  const ports = { account: await freePort(), container: await freePort(), object: await freePort(), proxy: await freePort() };
  writeSwift(dir, ports);
  let output = '';
  const children = [...STORAGE_SERVERS, 'proxy'].map((server) => {
    const child = spawn(path.join(SWIFT_BIN, `swift-${server}-server`), [path.join(dir, `${server}-server.conf`)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    return child;
  });
  const stop = async () => {
    await Promise.all(
      children
        .filter((child) => child.exitCode === null && child.signalCode === null)
        .map((child) => {
          const exited = once(child, 'exit');
          child.kill('SIGKILL');
          return exited;
        })
    );
  };
  const endpoint = `http://127.0.0.1:${ports.proxy}`;
  try {
    await untilHealthy(`${endpoint}/healthcheck`, children, () => output);
    // Required here, not at the top: the jest config reads SWIFT_BIN from this file in every
    // process, and the AWS SDK is slow to load.
    const { CreateBucketCommand, S3Client } = require('@aws-sdk/client-s3');
    const client = new S3Client(clientOptions(endpoint));
    // The account and container servers may still be starting when the proxy answers (it then
    // says 503, "reduce your request rate"): a busy machine can take many seconds.
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        await client.send(new CreateBucketCommand({ Bucket: BUCKET, ACL: 'public-read' }));
        break;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`Swift did not create the bucket within 60 s: ${error}\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    client.destroy();
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    bucket: BUCKET,
    clientOptions: clientOptions(endpoint),
    env: {
      UPLOAD_PROVIDER: 's3',
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_BUCKET: BUCKET,
      S3_ACCESS_KEY_ID: ACCESS_KEY,
      S3_SECRET_ACCESS_KEY: SECRET_KEY,
      S3_FORCE_PATH_STYLE: 'true',
      // Swift serves a public-read bucket without a signature under its own API's path.
      S3_PUBLIC_URL: `${endpoint}/v1/AUTH_media/${BUCKET}`,
    },
    stop,
  };
};

module.exports = { SWIFT_BIN, isSwiftInstalled, startSwiftS3 };
