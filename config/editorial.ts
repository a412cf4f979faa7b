import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  // A medical review older than this cannot be the basis of a publish.
  reviewMaxAgeMonths: env.int('MEDICAL_REVIEW_MAX_AGE_MONTHS', 12),
  scheduler: {
    enabled: env.bool('SCHEDULED_PUBLISHING', true),
    // Every 20 s, so a scheduled moment is acted on well within a minute.
    rule: env('SCHEDULED_PUBLISHING_RULE', '*/20 * * * * *'),
  },
});
