import * as React from 'react';
import { Box, Flex, ProgressBar, Typography } from '@strapi/design-system';
import type { Progress } from './import-wordpress';
import type { WordPressTotals } from './wordpress-export';

export const WordPressProgress = ({ progress }: { progress: Progress }) => (
  <Flex direction="column" alignItems="stretch" gap={2} data-testid="wordpress-progress">
    <Typography variant="omega">
      WordPress export: {progress.done} of {progress.total} posts{progress.title ? `, now "${progress.title}"` : ''}
    </Typography>
    <ProgressBar value={progress.total ? (progress.done / progress.total) * 100 : 0} />
  </Flex>
);

const counted = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const Line = ({ children, tone }: React.PropsWithChildren<{ tone?: 'warning600' }>) => (
  <Typography variant="omega" tag="p" textColor={tone}>
    {children}
  </Typography>
);

/** What the WordPress import did besides the drafts: what it left out, made, redirected, and could not match. */
export const WordPressReport = ({ totals }: { totals: WordPressTotals }) => {
  const leftOut = Object.entries(totals.leftOut).map(([type, count]) => `${count} ${type}`);
  return (
    <Box padding={6} background="neutral0" hasRadius data-testid="wordpress-report">
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="delta" tag="h2">
          From the WordPress export
        </Typography>
        <Line>
          {counted(totals.redirects, 'old address now redirects to its article', 'old addresses now redirect to their articles')} (Content
          Manager → Redirect).
        </Line>
        {leftOut.length > 0 && <Line>Left out: {leftOut.join(', ')}.</Line>}
        {totals.authorsCreated.length > 0 && <Line>Authors created: {totals.authorsCreated.join(', ')}.</Line>}
        {totals.keptRedirects.map(({ from, reason }) => (
          <Line key={from} tone="warning600">
            No redirect from {from}: {reason}.
          </Line>
        ))}
        {totals.unmatchedTerms.length > 0 && (
          <Line tone="warning600">
            Categories and tags that match no topic, condition or benefit (create the topic and import again to link them):{' '}
            {totals.unmatchedTerms.map(({ name, kind, posts }) => `${name} (${kind}, ${counted(posts, 'post', 'posts')})`).join(', ')}.
          </Line>
        )}
        {totals.missingImages.length > 0 && (
          <Line tone="warning600">
            {counted(totals.missingImages.length, 'featured image is', 'featured images are')} not in the media library yet: upload the
            export&apos;s images there (or run the import from the command line with --uploads), then import again. First:{' '}
            {totals.missingImages[0].file}.
          </Line>
        )}
      </Flex>
    </Box>
  );
};
