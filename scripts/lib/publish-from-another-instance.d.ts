import type { Client } from 'pg';

/** Another instance's publish of a new article title, written with SQL (publish-from-another-instance.js). */
export declare const publishTitleFromAnotherInstance: (
  client: Client,
  change: { documentId: string; title: string; origin: string }
) => Promise<void>;
