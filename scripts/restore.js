#!/usr/bin/env node
// `npm run restore -- <file> [--key <key>]`: replaces all content with a backup's, asking nothing.
const fs = require('fs');
const path = require('path');
const { runCommand, withStrapi } = require('./lib/with-strapi');
const { parseBackupArgs, printStage } = require('./lib/backup-args');

const HELP = `Usage: npm run restore -- <file> [--key <key>]

Replaces every document, relation, component, media file and setting with those in a backup
made by npm run backup (or strapi export), without asking: it is meant for scripts and CI.
Admin panel users, their roles and API tokens are not in backups and are left as they are.

  file          the archive: .tar.gz, or .tar.gz.enc when encrypted
  --key <key>   the key it was encrypted with; default BACKUP_ENCRYPTION_KEY (environment or .env)
  --help        this text

A wrong key, a missing or damaged file, or a backup whose content types differ from this app's
is refused before anything is changed, with exit code 1. The restore runs in one database
transaction; stop the server first, or expect its writes to wait (SQLite) or be replaced.`;

runCommand(async () => {
  const args = parseBackupArgs(process.argv.slice(2));
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  if (args.error || !args.file) {
    console.error(`${args.error ?? 'Which backup? Give its file.'}\n\n${HELP}`);
    return 2;
  }
  const file = path.resolve(args.file);
  // Checked before the app boots (which takes a while), for the commonest mistake.
  if (!fs.existsSync(file)) {
    const encryptedTwin = fs.existsSync(`${file}.enc`) ? ` Did you mean ${file}.enc?` : '';
    console.error(`No backup at ${file}.${encryptedTwin}`);
    return 1;
  }
  return withStrapi(async (app, load) => {
    const { restoreBackup } = load('operations/backup/restore-backup');
    const key = args.key ?? (app.config.get('backup.encryptionKey') || undefined);
    const { format } = await restoreBackup(app, { file, key, onStage: printStage });
    if (!format.encrypted && args.key) console.warn('The backup was not encrypted; the key was not needed.');
    console.log(`Restored ${file}. Search index rebuilt; cached answers dropped on every instance.`);
  });
});
