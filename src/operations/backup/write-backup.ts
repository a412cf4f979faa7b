import fs from 'fs/promises';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { engine as transferEngine, file as fileTransfer, strapi as strapiTransfer } from '@strapi/data-transfer';
import { archiveBaseName } from './archive-file';
import { reportStages, type StageSummary } from './stage-progress';
import { transferFilters } from './transfer-scope';

export type BackupOptions = { file: string; key?: string; onStage?: (summary: StageSummary) => void };

/**
 * Writes the app's content, media files and settings to one archive in Strapi's export format
 * (what `strapi export` writes): gzip-compressed, and AES-encrypted with `key` when one is given.
 * Returns the path actually written, which carries Strapi's suffixes.
 */
export const writeBackup = async (strapi: Core.Strapi, { file, key, onStage }: BackupOptions) => {
  const encrypted = Boolean(key);
  await fs.mkdir(path.dirname(file), { recursive: true });
  // autoDestroy off: the caller booted this instance and shuts it down itself.
  const source = strapiTransfer.providers.createLocalStrapiSourceProvider({ getStrapi: () => strapi, autoDestroy: false });
  const destination = fileTransfer.providers.createLocalFileDestinationProvider({
    file: { path: archiveBaseName(file) },
    encryption: { enabled: encrypted, key: key || undefined },
    compression: { enabled: true },
  });
  // Writing a file there is no destination schema to compare with, as in `strapi export`.
  const engine = transferEngine.createTransferEngine(source, destination, {
    versionStrategy: 'ignore',
    schemaStrategy: 'ignore',
    transforms: transferFilters,
  });
  reportStages(engine, onStage);
  const results = await engine.transfer();
  const written = (results.destination as { file?: { path?: string } } | undefined)?.file?.path;
  if (!written) throw new Error('Strapi finished the export without saying where it wrote the archive.');
  return { file: written, encrypted, bytes: (await fs.stat(written)).size };
};
