import type { Core } from '@strapi/strapi';
import { ARTICLE } from '../content-model/registry';

// Fields the server writes; the edit view shows them, read-only, with a word on where they come from.
const COMPUTED_FIELDS: Record<string, string> = {
  readingTimeMinutes: 'Computed from the body on every save.',
  scheduleError: 'Why the last scheduled publish was refused, if it was. Cleared when it succeeds.',
};

type Metadata = { edit?: Record<string, unknown> };
type Configuration = { metadatas?: Record<string, Metadata> };

/**
 * Makes the computed fields read-only in the article edit view for everyone, super admins
 * included (roles already lack the right to write them). Idempotent.
 */
export const lockComputedFieldsInEditView = async (strapi: Core.Strapi) => {
  const contentTypes = strapi.plugin('content-manager').service('content-types');
  const contentType = strapi.contentType(ARTICLE);
  const configuration = (await contentTypes.findConfiguration(contentType)) as Configuration;
  const metadatas = { ...configuration.metadatas };
  for (const [field, description] of Object.entries(COMPUTED_FIELDS)) {
    metadatas[field] = { ...metadatas[field], edit: { ...metadatas[field]?.edit, editable: false, description } };
  }
  await contentTypes.updateConfiguration(contentType, { ...configuration, metadatas });
};
