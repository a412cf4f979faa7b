import * as React from 'react';
import { Button } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import type { ReviewSummary } from '../../editorial/review/review-summary';
import { Line, Section } from './section';

export type PanelReview = ReviewSummary & { canSignOff?: boolean };

const STATUS_TONE = { current: 'success600', 'due-soon': 'warning600', overdue: 'danger600' } as const;
const STATUS_WORDS = { current: 'current', 'due-soon': 'due soon', overdue: 'overdue' } as const;

type ReviewProps = { documentId: string; review: PanelReview; hasUnsavedChanges: boolean };

const SignOffButton = ({ documentId, review, hasUnsavedChanges }: ReviewProps) => {
  const { post } = useFetchClient();
  const [state, setState] = React.useState<{ busy?: boolean; error?: string }>({});
  const signOff = () => {
    setState({ busy: true });
    post(`/editorial/articles/${encodeURIComponent(documentId)}/sign-off`, { signature: review.signature })
      // The edit view holds the review as it was loaded: load it again with the sign-off in it.
      .then(() => window.location.reload())
      .catch((error: Error & { response?: { data?: { error?: { message?: string } } } }) =>
        setState({ error: error.response?.data?.error?.message ?? error.message })
      );
  };
  return (
    <>
      <Button onClick={signOff} disabled={state.busy || hasUnsavedChanges} data-testid="sign-off">
        Sign off this version
      </Button>
      {hasUnsavedChanges && <Line tone="neutral600">Save first: a sign-off covers the saved version.</Line>}
      {state.error && <Line tone="danger600">{state.error}</Line>}
    </>
  );
};

/**
 * Who signed off which version and when the next review is due; for a medical reviewer, the
 * button that signs off the saved version they are reading.
 */
export const MedicalReview = ({ documentId, review, hasUnsavedChanges }: ReviewProps) => {
  const { signedOff } = review;
  return (
    <Section title="Medical review" testId="quality-review">
      {signedOff ? (
        <Line>
          Signed off by {signedOff.reviewerName} ({[signedOff.credentials, signedOff.registration].filter(Boolean).join(', ')}) on{' '}
          {signedOff.reviewedOn}.
        </Line>
      ) : (
        <Line tone="danger600">Not signed off yet: a medical reviewer signs off from this panel.</Line>
      )}
      {signedOff && review.matchesThisVersion && <Line tone="success600">The sign-off covers this body, these sources and this FAQ.</Line>}
      {signedOff && !review.matchesThisVersion && (
        <Line tone="danger600">The body, sources or FAQ changed after this sign-off: it needs a new one before it can be published.</Line>
      )}
      {review.nextReviewDue && review.status && (
        <Line tone={STATUS_TONE[review.status]}>
          Next review due {review.nextReviewDue} ({STATUS_WORDS[review.status]}; every {review.intervalMonths} months).
        </Line>
      )}
      {review.canSignOff && <SignOffButton documentId={documentId} review={review} hasUnsavedChanges={hasUnsavedChanges} />}
    </Section>
  );
};
