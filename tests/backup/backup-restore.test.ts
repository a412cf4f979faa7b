import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { createLibrary } from '../helpers/backup-content';
import { countRows, dumpDocuments, dumpUploadedFiles, dumpUploadRows } from '../helpers/content-dump';
import { runNpmScript, type ScriptResult } from '../helpers/run-script';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { appModule } from '../helpers/compiled';
import type * as ReadModel from '../../src/delivery/read-model/rebuild-read-model';

const KEY = 'a long passphrase only the operators know';
const VERSIONS = 'api::document-version.document-version published';
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-test-'));

/** A public folder of the app's own: a restore replaces the whole uploads folder in it. */
const publicFolder = (name: string) => {
  const dir = path.join(scratch, name);
  fs.mkdirSync(path.join(dir, 'uploads'), { recursive: true });
  return dir;
};

const snapshot = async (strapi: Core.Strapi, publicDir: string) => ({
  documents: await dumpDocuments(strapi),
  uploadRows: await dumpUploadRows(strapi),
  files: dumpUploadedFiles(publicDir),
});

const isGzip = (file: string) =>
  fs
    .readFileSync(file)
    .subarray(0, 2)
    .equals(Buffer.from([0x1f, 0x8b]));

/** The plain backup as an app with one article field fewer would have written it. */
const backupOfAnotherSchema = (plainFile: string) => {
  const dir = fs.mkdtempSync(path.join(scratch, 'unpacked-'));
  execFileSync('tar', ['-xzf', plainFile, '-C', dir]);
  const schemas = path.join(dir, 'schemas');
  for (const name of fs.readdirSync(schemas)) {
    const lines = fs
      .readFileSync(path.join(schemas, name), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    for (const schema of lines.filter((line) => line.uid === 'api::article.article')) delete schema.attributes.featured;
    fs.writeFileSync(path.join(schemas, name), `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`);
  }
  const file = path.join(scratch, 'older-app.tar.gz');
  execFileSync('tar', ['-czf', file, '-C', dir, ...fs.readdirSync(dir)]);
  return file;
};

const succeeded = (result: ScriptResult) => {
  if (result.code !== 0) throw new Error(`exit ${result.code}\n${result.stdout}\n${result.stderr}`);
  return result;
};

describe('npm run backup and npm run restore', () => {
  let source: Awaited<ReturnType<typeof snapshot>>;
  let encrypted: ScriptResult;
  let plain: ScriptResult;
  let target: TestApp;
  const targetPublic = publicFolder('target');
  const encryptedFile = path.join(scratch, 'nightly.tar.gz.enc');

  // App A gets the content and is backed up; app B starts empty on a database of its own.
  beforeAll(async () => {
    const sourcePublic = publicFolder('source');
    const app = await startTestApp({ env: { PUBLIC_DIR: sourcePublic } });
    try {
      await createLibrary(app.strapi);
      source = await snapshot(app.strapi, sourcePublic);
      encrypted = succeeded(
        await runNpmScript('backup', [path.join(scratch, 'nightly.tar.gz')], { ...app.env, BACKUP_ENCRYPTION_KEY: KEY })
      );
      plain = succeeded(await runNpmScript('backup', ['--file', path.join(scratch, 'plain')], app.env));
    } finally {
      await app.stop();
    }
    target = await startTestApp({ env: { PUBLIC_DIR: targetPublic } });
  }, 600_000);

  afterAll(async () => {
    await target?.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('starts from content with everything a backup must keep', () => {
    const articles = (status: string) =>
      source.documents[`api::article.article ${status}`] as Array<{
        documentId: string;
        title: string;
        cover?: { image?: { alternativeText: string } };
      }>;
    expect(articles('draft')).toHaveLength(3);
    expect(articles('published')).toHaveLength(2);
    const pending = articles('published').find((published) =>
      articles('draft').some((draft) => draft.documentId === published.documentId && draft.title !== published.title)
    );
    expect(pending).toBeDefined();
    expect(articles('published').some((article) => article.cover?.image?.alternativeText)).toBe(true);
    // The image and the thumbnail the upload plugin made of it.
    expect(Object.keys(source.files).length).toBeGreaterThanOrEqual(2);
    // Every write left a version: the history goes into the backup with the content.
    const versions = source.documents[VERSIONS] as Array<{ targetDocumentId: string }>;
    expect(versions.filter((version) => version.targetDocumentId === pending!.documentId).length).toBeGreaterThanOrEqual(2);
  });

  it('writes an encrypted archive, named with .enc as strapi import expects, when a key is given', () => {
    expect(encrypted.stdout).toContain(`Backup written to ${encryptedFile}`);
    expect(encrypted.stdout).toMatch(/, encrypted\)/);
    expect(isGzip(encryptedFile)).toBe(false);
  });

  it('writes a plain gzip archive without a key, and says it is not encrypted', () => {
    expect(plain.stderr).toMatch(/NOT encrypted/);
    expect(isGzip(path.join(scratch, 'plain.tar.gz'))).toBe(true);
  });

  describe('refuses, with exit code 1 and nothing changed,', () => {
    const state = async () => ({ ...(await snapshot(target.strapi, targetPublic)), rows: await countRows(target.strapi) });
    let before: Awaited<ReturnType<typeof state>>;
    beforeAll(async () => {
      before = await state();
    });
    afterEach(async () => {
      expect(await state()).toEqual(before);
    });

    // Code and message together, so that a failure shows what the command printed.
    const expectRefusal = (result: ScriptResult, message: RegExp) =>
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: expect.stringMatching(message) });

    it('a wrong key', async () => {
      const result = await runNpmScript('restore', [encryptedFile, '--key', 'not the key'], target.env);
      expectRefusal(result, /the key is wrong, or the file is not a backup\. Nothing was changed\./);
    });

    it('an encrypted backup without a key', async () => {
      const result = await runNpmScript('restore', [encryptedFile], target.env);
      expectRefusal(result, /is encrypted: give its key in BACKUP_ENCRYPTION_KEY or with --key/);
    });

    it('a missing file, naming the encrypted one beside it', async () => {
      const result = await runNpmScript('restore', [path.join(scratch, 'nightly.tar.gz')], target.env);
      expectRefusal(result, /No backup at .*nightly\.tar\.gz\. Did you mean .*nightly\.tar\.gz\.enc\?/);
    });

    it('a backup of another schema, naming the difference', async () => {
      const result = await runNpmScript('restore', [backupOfAnotherSchema(path.join(scratch, 'plain.tar.gz'))], target.env);
      expectRefusal(result, /Invalid schema changes[\s\S]*api::article\.article[\s\S]*featured[\s\S]*Nothing was changed\./);
    });
  });

  it('restores every document in both versions, with relations, components, upload rows and file bytes', async () => {
    succeeded(await runNpmScript('restore', [encryptedFile], { ...target.env, BACKUP_ENCRYPTION_KEY: KEY }));
    const restored = await snapshot(target.strapi, targetPublic);
    // The restore leaves one version of each document it brought back, by the restore: the rest is the backup's.
    const versions = restored.documents[VERSIONS] as Array<{ action: string; by: string; targetDocumentId: string }>;
    const marks = versions.filter((version) => version.action === 'restore-backup');
    expect({ ...restored.documents, [VERSIONS]: versions.filter((version) => !marks.includes(version)) }).toEqual(source.documents);
    const articles = source.documents['api::article.article draft'] as Array<{ documentId: string }>;
    for (const { documentId } of articles) {
      expect(marks.filter((mark) => mark.targetDocumentId === documentId)).toEqual([expect.objectContaining({ by: 'restore' })]);
    }
    expect(restored.uploadRows).toEqual(source.uploadRows);
    expect(restored.files).toEqual(source.files);
    // The audit log is the target's own: the restore is in it, nothing of the source's.
    const audit = await target.strapi.db.query('api::audit-entry.audit-entry').findMany({ where: { action: 'restore-backup' } });
    expect(audit).toEqual([
      expect.objectContaining({ by: 'restore', detail: { file: path.basename(encryptedFile), documents: marks.length } }),
    ]);
  });

  it('serves the restored content from the rebuilt read model, and finds it through the rebuilt search index', async () => {
    const readModel = appModule<typeof ReadModel>(target, 'delivery/read-model/rebuild-read-model');
    expect(await readModel.checkReadModel(target.strapi)).toMatchObject({ differences: [], totals: [] });
    const page = await target.http().get('/api/articles/slug/taping-a-sore-knee-before-a-long-run');
    expect(page.status).toBe(200);
    const articles = await target
      .http()
      .get('/api/articles')
      .query({ populate: { cover: { populate: ['image'] } } });
    expect(articles.body.data).toHaveLength(2);
    const search = await target.http().get('/api/search').query({ q: 'taping' });
    expect(search.body.data.map((hit: { slug: string }) => hit.slug)).toContain('taping-a-sore-knee-before-a-long-run');
    const cover = articles.body.data.find((article: { cover: unknown }) => article.cover).cover;
    const image = await target.http().get(cover.image.url);
    expect(image.status).toBe(200);
  });
});
