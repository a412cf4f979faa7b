import { execFileSync } from 'child_process';
import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { createLibrary } from '../helpers/backup-content';
import { dumpDocuments, dumpUploadRows } from '../helpers/content-dump';
import { runNpmScript, type ScriptResult } from '../helpers/run-script';
import { useS3Server } from '../helpers/s3-server';
import { MODERN_RENDITIONS, startTestApp, type TestApp } from '../helpers/strapi';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-bucket-test-'));
const archive = path.join(scratch, 'with-bucket.tar.gz');

const succeeded = (result: ScriptResult) => {
  if (result.code !== 0) throw new Error(`exit ${result.code}\n${result.stdout}\n${result.stderr}`);
  return result;
};

const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('npm run backup and npm run restore with media in an S3 bucket', () => {
  const s3 = useS3Server();
  let target: TestApp;
  let source: { objects: Record<string, string>; rows: unknown; documents: unknown };

  const bucketObjects = async () =>
    Object.fromEntries(await Promise.all((await s3.keys()).map(async (key) => [key, sha256((await s3.read(key)).body)] as const)));

  // App A uploads into the bucket and is backed up; the bucket is emptied; app B, on a database
  // of its own and the same (now empty) bucket, restores.
  beforeAll(async () => {
    const env = { ...s3.env, ...MODERN_RENDITIONS };
    const app = await startTestApp({ env });
    try {
      await createLibrary(app.strapi);
      source = { objects: await bucketObjects(), rows: await dumpUploadRows(app.strapi), documents: await dumpDocuments(app.strapi) };
      succeeded(await runNpmScript('backup', ['--file', path.join(scratch, 'with-bucket')], app.env));
    } finally {
      await app.stop();
    }
    await s3.empty();
    target = await startTestApp({ env });
  }, 600_000);

  afterAll(async () => {
    await target?.stop();
  });

  it('starts from a bucket holding the image and every copy of it', () => {
    // The 320 px original, its thumbnail, and WebP and AVIF copies at its own width.
    const kinds = Object.keys(source.objects).map((key) => key.replace(/_?[0-9a-f]{10}\./, '.').replace(/^knee_taping/, 'original'));
    expect(kinds.sort()).toEqual(['full_avif_knee_taping.avif', 'full_webp_knee_taping.webp', 'original.png', 'thumbnail_knee_taping.png']);
  });

  it('puts every object of the bucket into the archive, with its bytes', () => {
    const dir = fs.mkdtempSync(path.join(scratch, 'unpacked-'));
    execFileSync('tar', ['-xzf', archive, '-C', dir]);
    const uploads = path.join(dir, 'assets', 'uploads');
    const archived = Object.fromEntries(fs.readdirSync(uploads).map((name) => [name, sha256(fs.readFileSync(path.join(uploads, name)))]));
    expect(archived).toEqual(source.objects);
  });

  it('brings every object back into the empty bucket, and the rows and documents that use them', async () => {
    expect(await s3.keys()).toEqual([]);
    succeeded(await runNpmScript('restore', [archive], target.env));
    expect(await bucketObjects()).toEqual(source.objects);
    expect(await dumpUploadRows(target.strapi)).toEqual(source.rows);
    const documents = (await dumpDocuments(target.strapi)) as Record<string, unknown>;
    expect(documents['api::article.article published']).toEqual(
      (source.documents as Record<string, unknown>)['api::article.article published']
    );
  });

  it('serves the restored cover from the bucket through the public API', async () => {
    const articles = await target
      .http()
      .get('/api/articles')
      .query({ populate: { cover: { populate: ['image'] } } });
    const cover = articles.body.data.find((article: { cover: unknown }) => article.cover).cover;
    expect(cover.image.url.startsWith(`${s3.env.S3_PUBLIC_URL}/`)).toBe(true);
    for (const url of [
      cover.image.url,
      ...Object.values(cover.image.formats as Record<string, { url: string }>).map((format) => format.url),
    ]) {
      expect({ url, status: (await fetch(url)).status }).toEqual({ url, status: 200 });
    }
  });
});

describe('moving media from the local folder into a bucket by backup and restore', () => {
  const s3 = useS3Server();
  const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-media-'));
  let target: TestApp;
  let localRows: Array<{ name: string; url: string; provider: string }>;

  beforeAll(async () => {
    fs.mkdirSync(path.join(publicDir, 'uploads'));
    const app = await startTestApp({ env: { PUBLIC_DIR: publicDir } });
    try {
      await createLibrary(app.strapi);
      localRows = await app.strapi.db.query('plugin::upload.file').findMany();
      succeeded(await runNpmScript('backup', ['--file', path.join(scratch, 'local-folder')], app.env));
    } finally {
      await app.stop();
    }
    target = await startTestApp({ env: s3.env });
  }, 600_000);

  afterAll(async () => {
    await target?.stop();
    fs.rmSync(publicDir, { recursive: true, force: true });
  });

  it('writes every local file into the bucket and points the rows at it', async () => {
    expect(localRows.map((row) => row.provider)).toEqual(['local']);
    succeeded(await runNpmScript('restore', [path.join(scratch, 'local-folder.tar.gz')], target.env));
    const rows = await target.strapi.db.query('plugin::upload.file').findMany();
    expect(rows.map((row) => row.provider)).toEqual(['aws-s3']);
    const files = [rows[0], ...Object.values(rows[0].formats as Record<string, { url: string }>)];
    expect((await s3.keys()).length).toBe(files.length);
    for (const file of files) {
      expect(file.url.startsWith(`${s3.env.S3_PUBLIC_URL}/`)).toBe(true);
      expect({ url: file.url, status: (await fetch(file.url)).status }).toEqual({ url: file.url, status: 200 });
    }
  });
});
