import type { Core } from '@strapi/strapi';

const OVERDUE_ACTIONS = ['flag', 'noindex', 'unpublish'] as const;

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const overdueAction = env('REVIEW_OVERDUE_ACTION', 'flag');
  if (!(OVERDUE_ACTIONS as readonly string[]).includes(overdueAction)) {
    throw new Error(`REVIEW_OVERDUE_ACTION must be one of ${OVERDUE_ACTIONS.join(', ')}; it is "${overdueAction}".`);
  }
  return {
    // A medical review older than this cannot be the basis of a publish, and a live article
    // whose review is this old is overdue. An article may ask for a shorter cycle, never a longer one.
    reviewMaxAgeMonths: env.int('MEDICAL_REVIEW_MAX_AGE_MONTHS', 12),
    review: {
      dueSoonDays: env.int('MEDICAL_REVIEW_DUE_SOON_DAYS', 30),
      // What the public sees of a live article whose review lapsed: a notice (flag), also no
      // search engine listing (noindex), or nothing at all (unpublish).
      overdueAction,
      webhook: { url: env('REVIEW_WEBHOOK_URL', ''), secret: env('REVIEW_WEBHOOK_SECRET', ''), timeoutMs: 5000, attempts: 3 },
      // Reminders are e-mailed when config/plugins.ts has an SMTP server to send them through.
      emailReminders: env('SMTP_HOST', '') !== '',
    },
    history: {
      // Versions of documents are kept for good unless this caps their age (days).
      retentionDays: env.int('HISTORY_RETENTION_DAYS', 0),
    },
    scheduler: {
      enabled: env.bool('SCHEDULED_PUBLISHING', true),
      // Every 20 s, so a scheduled moment is acted on well within a minute.
      rule: env('SCHEDULED_PUBLISHING_RULE', '*/20 * * * * *'),
    },
  };
};
