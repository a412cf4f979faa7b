import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  // The key `npm run backup` encrypts with and `npm run restore` decrypts with when no --key is
  // given. Deliberately not generated for you: a key only .env knows is lost with the machine.
  encryptionKey: env('BACKUP_ENCRYPTION_KEY', ''),
});
