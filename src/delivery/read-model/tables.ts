/** The read model's tables (database/migrations/2026.12.04T00.00.00.create-read-model.js). */
export const PAGES = 'read_model_pages';
export const LINKS = 'read_model_links';
export const COUNTS = 'read_model_counts';
