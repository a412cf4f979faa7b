#!/usr/bin/env node
// `npm run bench:media`: upload and read figures for media on the local folder and on an S3
// bucket (OpenStack Swift on loopback), side by side in one run, and the bytes WebP and AVIF
// save on the demo images. Writes bench/results/media-<date>.md and .json.
const fs = require('fs');
const path = require('path');
const autocannon = require('autocannon');
const sharp = require('sharp');
const { appDir, appEnv, workDir } = require('../app-env');
const { compileApp } = require('../compile-app');
const { machineInfo } = require('../machine');
const { freePort, installCleanup, onCleanup, request, startChild, stopChild } = require('../processes');
const { isSwiftInstalled, startSwiftS3 } = require('../../scripts/lib/swift-s3-server');
const { writeMediaReport } = require('./report');

const UPLOADS = 9; // the first is a warm-up, the median is of the rest
const SERVE_SECONDS = 5;
const CONNECTIONS = 10;
const CONFIGURATIONS = [
  { name: 'local folder', storage: 'local', modern: true },
  { name: 'S3 bucket', storage: 's3', modern: true },
  { name: 'local folder, renditions only', storage: 'local', modern: false },
  { name: 'S3 bucket, renditions only', storage: 's3', modern: false },
];

const say = (message) => console.log(`${new Date().toISOString().slice(11, 19)} ${message}`);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** A 2400 x 1600 landscape with grain, about 2 MB as a camera JPEG at quality 90. */
const photo = async () => {
  const [width, height] = [2400, 1600];
  const scene = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="sky" x2="0" y2="1"><stop offset="0" stop-color="#3d85c6"/><stop offset="1" stop-color="#fde9c9"/></linearGradient></defs>
    <rect width="${width}" height="${height}" fill="url(#sky)"/><circle cx="1800" cy="380" r="140" fill="#fff4d6"/>
    <path d="M0 1100 Q600 760 1200 1060 T2400 1000 V1600 H0 Z" fill="#6aa84f"/><path d="M0 1350 Q700 1150 1300 1350 T2400 1300 V1600 H0 Z" fill="#38761d"/></svg>`);
  const grain = await sharp({
    create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 36 } },
  })
    .png()
    .toBuffer();
  return sharp(scene)
    .composite([{ input: grain, blend: 'overlay' }])
    .jpeg({ quality: 90 })
    .toBuffer();
};

const upload = async (baseUrl, token, bytes, name) => {
  const form = new FormData();
  form.append('files', new Blob([bytes], { type: 'image/jpeg' }), name);
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/upload`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  const body = await response.json();
  const ms = performance.now() - started;
  if (response.status !== 201) throw new Error(`upload answered ${response.status}: ${JSON.stringify(body)}`);
  return { ms, file: body[0] };
};

const serve = (url) =>
  new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: SERVE_SECONDS }, (error, result) => {
      if (error) return reject(error);
      resolve({
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors,
      });
    });
  });

/** Bytes of each demo image's copies, grouped by width: the original type against WebP and AVIF. */
const savings = (files) => {
  const rows = [];
  for (const file of files) {
    const formats = file.formats ?? {};
    for (const size of ['small', 'medium', 'large', 'full']) {
      const webp = formats[`${size}_webp`];
      const avif = formats[`${size}_avif`];
      const base = size === 'full' ? { size: file.size, width: file.width } : formats[size];
      if (!webp || !avif || !base || (size === 'full' && file.width !== webp.width)) continue;
      rows.push({ file: file.name, mime: file.mime, size, width: webp.width, original: base.size, webp: webp.size, avif: avif.size });
    }
  }
  const total = (key) => rows.reduce((sum, row) => sum + row[key], 0);
  return { rows, totals: { original: total('original'), webp: total('webp'), avif: total('avif') } };
};

/** AVIF effort 2 (what the app uses) against sharp's default 4, on the same picture. */
const avifEfforts = async (bytes) => {
  const results = {};
  for (const effort of [2, 4]) {
    const times = [];
    let size = 0;
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now();
      size = (await sharp(bytes).resize({ width: 1000 }).avif({ quality: 50, effort }).toBuffer()).length;
      times.push(performance.now() - started);
    }
    results[effort] = { ms: median(times), bytes: size };
  }
  return results;
};

const measureConfiguration = async ({ configuration, swift, image, logDir }) => {
  const dir = path.join(workDir, 'media', configuration.storage + (configuration.modern ? '' : '-plain'));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'public', 'uploads'), { recursive: true });
  const port = await freePort();
  const env = appEnv({
    port,
    cache: true,
    database: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'media.db') },
    extra: {
      PUBLIC_DIR: path.join(dir, 'public'),
      UPLOAD_MAX_BYTES: String(20 * 1024 * 1024),
      UPLOAD_MODERN_FORMATS: configuration.modern ? 'webp,avif' : '',
      ...(configuration.storage === 's3' ? swift.env : {}),
    },
  });
  const server = await startChild(path.join(__dirname, 'media-server.js'), [], {
    env,
    logFile: path.join(logDir, `media-${path.basename(dir)}.log`),
  });
  const baseUrl = `http://127.0.0.1:${server.port}`;
  try {
    const times = [];
    let last;
    for (let index = 0; index < UPLOADS; index += 1) {
      last = await upload(baseUrl, server.token, image, `photo-${index}.jpg`);
      if (index > 0) times.push(last.ms);
    }
    const format = last.file.formats[configuration.modern ? 'medium_avif' : 'medium'];
    const url = format.url.startsWith('http') ? format.url : `${baseUrl}${format.url}`;
    await serve(url); // warm-up: connections, the OS page cache
    const served = await serve(url);
    say(
      `[${configuration.name}] upload median ${median(times).toFixed(0)} ms; ${format.ext} served ${served.rps.toFixed(0)} req/s, p50 ${served.p50} ms`
    );
    let demo = null;
    if (configuration.storage === 'local' && configuration.modern) {
      const seeded = await request(server.child, { type: 'seed' }, 'seeded', 600_000);
      if (seeded.error) throw new Error(seeded.error);
      const listed = await fetch(`${baseUrl}/api/upload/files?pagination[pageSize]=200`, {
        headers: { authorization: `Bearer ${server.token}` },
      });
      const files = (await listed.json()).filter((file) => !file.name.startsWith('photo-'));
      demo = savings(files);
      const cover = files.find((file) => file.mime === 'image/jpeg' && file.width >= 1000);
      demo.efforts = await avifEfforts(fs.readFileSync(path.join(dir, 'public', cover.url)));
    }
    return {
      ...configuration,
      uploads: times,
      uploadMedianMs: median(times),
      served: { format: format.ext, width: format.width, ...served },
      demo,
    };
  } finally {
    await stopChild(server.child);
  }
};

const main = async () => {
  if (!isSwiftInstalled())
    throw new Error('bench:media needs OpenStack Swift (apt-get install swift-proxy swift-account swift-container swift-object).');
  const startedAt = new Date().toISOString();
  const logDir = path.join(workDir, 'logs');
  fs.mkdirSync(logDir, { recursive: true });
  say('compiling the app into dist/ ...');
  await compileApp();
  const swiftDir = path.join(workDir, 'swift');
  fs.rmSync(swiftDir, { recursive: true, force: true });
  fs.mkdirSync(swiftDir, { recursive: true });
  const swift = await startSwiftS3(swiftDir);
  onCleanup(() => swift.stop());
  say(`Swift (s3api) on ${swift.env.S3_ENDPOINT}`);
  const image = await photo();
  say(`test photo: 2400 x 1600 JPEG, ${(image.length / 1e6).toFixed(2)} MB`);
  const results = [];
  for (const configuration of CONFIGURATIONS) results.push(await measureConfiguration({ configuration, swift, image, logDir }));
  await swift.stop();
  const file = writeMediaReport({
    outDir: path.join(appDir, 'bench', 'results'),
    startedAt,
    machine: machineInfo(),
    image: { width: 2400, height: 1600, bytes: image.length },
    settings: { uploads: UPLOADS, serveSeconds: SERVE_SECONDS, connections: CONNECTIONS },
    results,
  });
  say(`report: ${path.relative(appDir, file)}`);
};

installCleanup();
main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
