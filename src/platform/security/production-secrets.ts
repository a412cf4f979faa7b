import type { Core } from '@strapi/strapi';

// The secrets Strapi signs and encrypts with, by the config path that holds them.
const SECRET_CONFIG_PATHS: Record<string, string> = {
  APP_KEYS: 'server.app.keys',
  ADMIN_JWT_SECRET: 'admin.auth.secret',
  API_TOKEN_SALT: 'admin.apiToken.salt',
  TRANSFER_TOKEN_SALT: 'admin.transfer.token.salt',
  ENCRYPTION_KEY: 'admin.secrets.encryptionKey',
  JWT_SECRET: 'plugin::users-permissions.jwtSecret',
};

// .env.example's placeholders all contain "change-me"; Strapi's own templates use "tobemodified".
const PLACEHOLDER = /change-?me|tobemodified|example|^secret$/i;
const MIN_SECRET_LENGTH = 16;

const weakness = (value: unknown): string | undefined => {
  const values = Array.isArray(value) ? value : [value];
  if (values.length === 0 || values.some((v) => typeof v !== 'string' || v.trim() === '')) return 'missing';
  if (values.some((v) => PLACEHOLDER.test(v))) return 'still the example value';
  if (values.some((v) => v.length < MIN_SECRET_LENGTH)) return `shorter than ${MIN_SECRET_LENGTH} characters`;
  return undefined;
};

/** Production must not run with missing, short or example secrets: anyone could forge sessions. */
export const assertProductionSecrets = (strapi: Core.Strapi) => {
  if (strapi.config.get('environment') !== 'production') return;
  const problems = Object.entries(SECRET_CONFIG_PATHS).flatMap(([name, path]) => {
    const problem = weakness(strapi.config.get(path));
    return problem ? [`${name} is ${problem}`] : [];
  });
  if (problems.length > 0) {
    throw new Error(`Refusing to start in production with unsafe secrets: ${problems.join('; ')}. Set them in the environment.`);
  }
};
