import fs from 'fs/promises';
import path from 'path';

// Strapi's file provider is given a name without extensions and appends `.tar`, `.gz` when
// compressed and `.enc` when encrypted; `strapi import` reads those suffixes back to decide what
// to undo. Backups keep that convention so either tool can restore the other's files.
const SUFFIXES = /\.tar(\.gz)?(\.enc)?$/;

export type ArchiveFormat = { compressed: boolean; encrypted: boolean };

/** The name to give Strapi's file provider: what the user asked for, without the suffixes. */
export const archiveBaseName = (requested: string) => requested.replace(SUFFIXES, '');

/** A timestamped name in backups/, which sorts by date and has no characters Windows refuses. */
export const defaultBackupFile = (now = new Date()) =>
  path.join(
    'backups',
    `${now
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z')
      .replace(/:/g, '-')}.tar.gz`
  );

export class ArchiveError extends Error {}

/**
 * How a backup file was written, read from its name as `strapi import` does, and refused with a
 * reason a person can act on when it cannot be restored with what was given.
 */
export const archiveFormatOf = async (file: string, key: string | undefined): Promise<ArchiveFormat> => {
  const stat = await fs.stat(file).catch(() => undefined);
  if (!stat) throw new ArchiveError(`No backup at ${file}.`);
  if (!stat.isFile()) throw new ArchiveError(`${file} is not a file.`);
  const suffixes = file.match(SUFFIXES);
  if (!suffixes) throw new ArchiveError(`${file} is not a backup: its name must end in .tar.gz or .tar.gz.enc.`);
  const format = { compressed: Boolean(suffixes[1]), encrypted: Boolean(suffixes[2]) };
  if (format.encrypted && !key) {
    throw new ArchiveError(`${file} is encrypted: give its key in BACKUP_ENCRYPTION_KEY or with --key.`);
  }
  return format;
};
