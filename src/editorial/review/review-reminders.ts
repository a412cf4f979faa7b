import type { Core } from '@strapi/strapi';
import { deliverSignedWebhook, type WebhookTarget } from '../../platform/webhooks/signed-webhook';
import type { OverdueAction } from '../../content-model/review-cycle';

export type ReviewStep = {
  stage: 'due-soon' | 'overdue';
  documentId: string;
  title: string;
  pageUrl: string | null;
  editUrl: string;
  lastReviewed: string | null;
  nextReviewDue: string;
  action: OverdueAction;
  unpublished: boolean;
  recipients: string[];
};

const subjectOf = (step: ReviewStep) =>
  step.stage === 'due-soon'
    ? `Medical review due on ${step.nextReviewDue}: ${step.title}`
    : `Medical review overdue since ${step.nextReviewDue}: ${step.title}`;

const whatHappened = (step: ReviewStep) => {
  if (step.stage === 'due-soon') {
    return `Its review lapses on ${step.nextReviewDue}. Until a medical reviewer signs it off again, nothing changes for readers; after that day ${
      {
        flag: 'the page shows readers a notice that its review is overdue',
        noindex: 'search engines are asked to drop the page',
        unpublish: 'the article is taken down',
      }[step.action]
    }.`;
  }
  if (step.unpublished) return 'It has been taken down: readers cannot see it until it is reviewed, signed off and published again.';
  return step.action === 'noindex'
    ? 'Search engines are now asked to drop the page, and readers see a notice that its review is overdue.'
    : 'Readers now see a notice that its review is overdue.';
};

const textOf = (step: ReviewStep) =>
  [
    `"${step.title}" was last medically reviewed on ${step.lastReviewed ?? 'an unknown date'}.`,
    '',
    whatHappened(step),
    '',
    `Open it in the admin panel: ${step.editUrl}`,
    ...(step.pageUrl && !step.unpublished ? [`The live page: ${step.pageUrl}`] : []),
    '',
    'A medical reviewer signs off the current version from the review panel beside the article; an editor then publishes it.',
  ].join('\n');

const emailReminder = async (strapi: Core.Strapi, step: ReviewStep) => {
  if (!strapi.config.get('editorial.review.emailReminders', false) || step.recipients.length === 0) return;
  try {
    await strapi
      .plugin('email')
      .service('email')
      .send({ to: step.recipients.join(', '), subject: subjectOf(step), text: textOf(step) });
  } catch (error) {
    strapi.log.error(`The review reminder for ${step.documentId} was not e-mailed: ${(error as Error).message}`);
  }
};

/**
 * Tells the reviewer and the article's owner (by e-mail, through Strapi's email plugin) and
 * any listening system (a signed webhook, REVIEW_WEBHOOK_URL) about one step of the review
 * cycle. Never throws: a mail server or receiver that is down must not stop the pass.
 */
export const sendReviewReminder = async (strapi: Core.Strapi, step: ReviewStep, now: Date) => {
  const target = strapi.config.get('editorial.review.webhook') as WebhookTarget;
  await Promise.all([
    emailReminder(strapi, step),
    deliverSignedWebhook(
      strapi,
      target,
      { event: `review.${step.stage}`, ...step, at: now.toISOString() },
      (signature) => ({ 'X-Review-Signature': signature }),
      `The review webhook (${step.stage}, ${step.documentId})`
    ),
  ]);
};
