import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { engine as transferEngine, file as fileTransfer, strapi as strapiTransfer } from '@strapi/data-transfer';
import { responseCacheOf } from '../../delivery/caching/response-cache';
import { rebuildSearchIndex } from '../../editorial/search-index/search-index';
import { rebuildReadModel } from '../../delivery/read-model/rebuild-read-model';
import { actingAs, currentActor } from '../../platform/actors/current-actor';
import { recordRestoredDocuments } from '../../editorial/history/record-history';
import { recordAudit } from '../../editorial/audit/audit-log';
import { ArchiveError, archiveFormatOf } from './archive-file';
import { reportStages, type StageSummary } from './stage-progress';
import { restoreScope, transferFilters } from './transfer-scope';

export type RestoreOptions = { file: string; key?: string; onStage?: (summary: StageSummary) => void };

/**
 * Restore writes rows with `strapi.db.query` and lifecycles off, behind every Document Service
 * middleware: what they keep derived from content must be made again from the restored rows.
 */
const refreshDerivedData = async (strapi: Core.Strapi) => {
  await rebuildSearchIndex(strapi);
  await rebuildReadModel(strapi);
  // Every model's answers go, here and on the running instances that share the database.
  await responseCacheOf(strapi).invalidate(Object.keys(strapi.contentTypes), { announce: true });
};

/**
 * Replaces the app's content, media files and settings with a backup's, as `strapi import`
 * does, in one database transaction. Nothing is cleared before the archive has been opened
 * with the key and its schemas match the app's, so a wrong key or an incompatible backup
 * leaves the database as it was.
 */
export const restoreBackup = async (strapi: Core.Strapi, { file, key, onStage }: RestoreOptions) => {
  const format = await archiveFormatOf(file, key);
  const source = fileTransfer.providers.createLocalFileSourceProvider({
    file: { path: file },
    compression: { enabled: format.compressed },
    encryption: { enabled: format.encrypted, key: format.encrypted ? key : undefined },
  });
  const destination = strapiTransfer.providers.createLocalStrapiDestinationProvider({
    getStrapi: () => strapi,
    autoDestroy: false,
    strategy: 'restore',
    restore: restoreScope(strapi),
  });
  // Strict schemas: a backup from before a schema change would silently drop fields otherwise.
  const engine = transferEngine.createTransferEngine(source, destination, {
    versionStrategy: 'ignore',
    schemaStrategy: 'strict',
    transforms: transferFilters,
  });
  reportStages(engine, onStage);
  let clearing = false;
  engine.progress.stream.on('transfer::start', () => {
    clearing = true;
  });
  try {
    await engine.transfer();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (!clearing) {
      const why = format.encrypted ? 'the key is wrong, or the file is not a backup' : 'the file is not a backup';
      const detail = /not a valid Strapi data file/.test(reason) ? why : reason;
      throw new ArchiveError(`Could not restore ${file}: ${detail}. Nothing was changed.`);
    }
    // Strapi rolls the database back, but it moved the media folder aside before clearing it.
    const uploadsAside = path.join(strapi.dirs.static.public, destination.uploadsBackupDirectoryName);
    const files = fs.existsSync(uploadsAside) ? ` Media files from before the restore are in ${uploadsAside}.` : '';
    throw new ArchiveError(`Restoring ${file} failed: ${reason}. The database was rolled back.${files}`);
  }
  await refreshDerivedData(strapi);
  await actingAs('restore', async () => {
    const documents = await recordRestoredDocuments(strapi, currentActor(strapi));
    await recordAudit(strapi, { action: 'restore-backup', detail: { file: path.basename(file), documents } });
  });
  return { format };
};
