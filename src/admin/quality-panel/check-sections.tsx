import { Box } from '@strapi/design-system';
import type { ArticleCheck } from '../../editorial/quality/article-check';
import { ArticleLink, Line, Section } from './section';

type Props = { check: ArticleCheck };

export const Publishing = ({ check }: Props) => (
  <Section title="Publishing" testId="quality-publishing">
    {check.blockers.length === 0 ? (
      <Line tone="success600">Ready to publish: the review and sources are in place.</Line>
    ) : (
      <>
        <Line tone="danger600">Cannot be published yet. It needs:</Line>
        {check.blockers.map((blocker) => (
          <Line key={blocker}>• {blocker}</Line>
        ))}
      </>
    )}
    {check.suggestions.map((suggestion) => (
      <Line key={suggestion} tone="neutral600">
        Worth adding: {suggestion}
      </Line>
    ))}
  </Section>
);

export const Readability = ({ check }: Props) => {
  const { fleschReadingEase, grade, longestSentences } = check.readability;
  return (
    <Section title="Readability" testId="quality-readability">
      <Line>
        Reading ease {fleschReadingEase} ({grade}), {check.readingTimeMinutes} min read
      </Line>
      {longestSentences.length > 0 && <Line tone="neutral600">Longest sentences, worth splitting:</Line>}
      {longestSentences.map((sentence) => (
        <Line key={sentence.text} tone="neutral600">
          “{sentence.text}” ({sentence.words} words)
        </Line>
      ))}
    </Section>
  );
};

export const Claims = ({ check }: Props) => (
  <Section title="Health claims" testId="quality-claims">
    {check.healthClaims.length === 0 && <Line tone="success600">No flagged claims.</Line>}
    {check.healthClaims.map((claim) => (
      <Box key={`${claim.ruleId}:${claim.sentence}`} paddingTop={1}>
        <Line tone={claim.severity === 'disputed' ? 'danger600' : 'warning600'}>
          {claim.severity === 'disputed' ? 'Disputed' : 'Needs a source'}: “{claim.sentence}”
        </Line>
        <Line tone="neutral600">{claim.why}</Line>
      </Box>
    ))}
  </Section>
);

export const NearCopies = ({ check }: Props) => (
  <Section title="Near-copies" testId="quality-near-copies">
    {check.nearDuplicates.length === 0 && <Line tone="success600">No other article reads like this one.</Line>}
    {check.nearDuplicates.map((other) => (
      <Line key={other.documentId}>
        <ArticleLink {...other} /> ({Math.round(other.similarity * 100)}% the same)
      </Line>
    ))}
  </Section>
);
