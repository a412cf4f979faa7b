#!/usr/bin/env node
// `npm run backup -- [file] [--key <key>]`: content, media files and settings in one archive.
const path = require('path');
const { runCommand, withStrapi } = require('./lib/with-strapi');
const { parseBackupArgs, printStage, readableSize } = require('./lib/backup-args');

const HELP = `Usage: npm run backup -- [file] [--key <key>]

Writes every document (drafts and published versions), relation, component, media file and
setting to one archive in Strapi's export format, readable by npm run restore and strapi import.

  file          where to write it; default backups/<UTC timestamp>.tar.gz. Strapi's suffixes are
                kept: .tar.gz, plus .enc when encrypted (backups/x.tar.gz becomes backups/x.tar.gz.enc).
  --key <key>   encrypt with this key (AES, as strapi export does). Without it the key is taken
                from BACKUP_ENCRYPTION_KEY (environment or .env); with neither, the archive is
                written unencrypted. Prefer the variable: a --key stays in your shell history.
  --help        this text

Media files come from public/uploads or, with UPLOAD_PROVIDER=s3, from the bucket.
Not included: admin panel users, their roles and permissions, API tokens and transfer tokens,
and content releases.
The database is read as it is; writes made while the backup runs may be missed.`;

runCommand(async () => {
  const args = parseBackupArgs(process.argv.slice(2));
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  if (args.error) {
    console.error(`${args.error}\n\n${HELP}`);
    return 2;
  }
  return withStrapi(async (app, load) => {
    const { defaultBackupFile } = load('operations/backup/archive-file');
    const { writeBackup } = load('operations/backup/write-backup');
    const key = args.key ?? (app.config.get('backup.encryptionKey') || undefined);
    if (!key)
      console.warn(
        'No key in BACKUP_ENCRYPTION_KEY or --key: this backup is NOT encrypted. Anyone who can read the file can read all content.'
      );
    const result = await writeBackup(app, { file: path.resolve(args.file ?? defaultBackupFile()), key, onStage: printStage });
    console.log(`Backup written to ${result.file} (${readableSize(result.bytes)}, ${result.encrypted ? 'encrypted' : 'unencrypted'}).`);
  });
});
