import type { Core } from '@strapi/strapi';
import { recordAudit } from '../audit/audit-log';
import { errors } from '@strapi/utils';
import { contentSignature } from './content-signature';
import type { MedicalReview, ReviewableArticle } from './medical-review';
import { asSignOff } from './protect-sign-offs';
import { isoDay } from '../../content-model/review-cycle';
import { ARTICLE } from '../../content-model/registry';
import { documentsOf } from '../../content-model/documents';

const AUTHOR = 'api::author.author';

type Reviewer = { email: string };
type Profile = { name: string; credentials: string | null; registration: string | null };

/** The author entry that carries this account's name and credentials (its `accountEmail`). */
const profileOf = (strapi: Core.Strapi, reviewer: Reviewer): Promise<Profile | null> =>
  strapi.db.query(AUTHOR).findOne({ where: { accountEmail: { $eqi: reviewer.email } }, select: ['name', 'credentials', 'registration'] });

export class SignedVersionChanged extends Error {}

/**
 * A medical reviewer signs off the saved draft as they read it (`seenSignature`, from the
 * panel): the review is filled from their profile, dated today, and bound to that body, those
 * sources and that FAQ. Whoever calls this has checked that the user is a medical reviewer.
 */
export const signOffArticle = async (
  strapi: Core.Strapi,
  documentId: string,
  reviewer: Reviewer,
  seenSignature: string,
  now = new Date()
) => {
  const draft: ReviewableArticle | null = await strapi.db.query(ARTICLE).findOne({
    where: { documentId, publishedAt: null },
    select: ['body'],
    populate: { sources: true, faq: true },
  });
  if (!draft) throw new errors.NotFoundError('No article has this documentId.');
  const signature = contentSignature(draft);
  if (signature !== seenSignature)
    throw new SignedVersionChanged('The article was saved again after you opened it: read the new version, then sign off.');

  const profile = await profileOf(strapi, reviewer);
  if (!profile?.credentials?.trim()) {
    throw new errors.ValidationError(
      `No author profile with credentials has the account e-mail ${reviewer.email}. An editor adds it, with your credentials and registration, to your author entry; then sign off again.`
    );
  }
  const review: MedicalReview = {
    reviewerName: profile.name,
    credentials: profile.credentials,
    registration: profile.registration,
    reviewedOn: isoDay(now),
    signedOffAt: now.toISOString(),
    reviewerAccount: reviewer.email,
    contentSignature: signature,
  };
  await strapi.db.transaction(async () => {
    await asSignOff(() => documentsOf(strapi, ARTICLE).update({ documentId, data: { medicalReview: review } }));
    const { reviewerName, credentials, registration, reviewedOn } = review;
    await recordAudit(strapi, {
      action: 'sign-off',
      uid: ARTICLE,
      documentId,
      detail: { reviewerName, credentials, registration, reviewedOn, contentSignature: signature },
    });
  });
  return review;
};
