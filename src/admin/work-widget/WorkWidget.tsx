import * as React from 'react';
import { Flex, Loader, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import type { WorkList } from '../../editorial/tools/work-list';
import { ArticleLink, Line, Section } from '../quality-panel/section';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** What is waiting on the editors: drafts that cannot be published, schedules, reviews due, and live claims to fix. */
export const WorkWidget = () => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<{ work?: WorkList; error?: string }>({});
  React.useEffect(() => {
    get<{ data: WorkList }>('/editorial/work')
      .then(({ data }) => setState({ work: data.data }))
      .catch((error: Error) => setState({ error: error.message }));
  }, [get]);
  if (state.error) return <Typography textColor="danger600">The list could not be loaded: {state.error}</Typography>;
  if (!state.work) return <Loader small>Loading what needs doing</Loader>;
  const { cannotPublish, scheduled, scheduleRefused, reviewsDue, liveClaims } = state.work;
  const nothing = [cannotPublish, scheduled, scheduleRefused, reviewsDue, liveClaims].every((list) => list.length === 0);
  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="work-widget">
      {nothing && <Line tone="success600">Nothing is waiting: every draft can be published and no live article needs fixing.</Line>}
      {scheduleRefused.length > 0 && (
        <Section title="Scheduled publish refused" testId="work-schedule-refused">
          {scheduleRefused.map((row) => (
            <Line key={row.documentId}>
              <ArticleLink {...row} />: {row.reason}
            </Line>
          ))}
        </Section>
      )}
      {reviewsDue.length > 0 && (
        <Section title="Medical reviews due" testId="work-reviews-due">
          {reviewsDue.map((row) => (
            <Line key={row.documentId} tone={row.status === 'overdue' ? 'danger600' : 'neutral800'}>
              <ArticleLink {...row} />: {row.status === 'overdue' ? `overdue since ${row.nextReviewDue}` : `due ${row.nextReviewDue}`}
            </Line>
          ))}
        </Section>
      )}
      {liveClaims.length > 0 && (
        <Section title="Live articles with a disputed claim" testId="work-live-claims">
          {liveClaims.map((row) => (
            <Line key={row.documentId}>
              <ArticleLink {...row} />: “{row.sentence}”{row.more > 0 ? ` and ${row.more} more` : ''}
            </Line>
          ))}
        </Section>
      )}
      {cannotPublish.length > 0 && (
        <Section title="Drafts that cannot be published yet" testId="work-cannot-publish">
          {cannotPublish.map((row) => (
            <Line key={row.documentId}>
              <ArticleLink {...row} />: needs {row.missing.join('; ')}
            </Line>
          ))}
        </Section>
      )}
      {scheduled.length > 0 && (
        <Section title="Scheduled" testId="work-scheduled">
          {scheduled.map((row) => (
            <Line key={`${row.documentId}:${row.action}`}>
              {row.action === 'publish' ? 'Publish' : 'Unpublish'} <ArticleLink {...row} /> on {when(row.at)}
            </Line>
          ))}
        </Section>
      )}
    </Flex>
  );
};
