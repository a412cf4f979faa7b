import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import type { FieldChange } from '../../editorial/history/version-changes';

const ADDED = { background: '#c6f6d5', color: '#1c4532' };
const REMOVED = { background: '#fed7d7', color: '#742a2a', textDecoration: 'line-through' };

/** Text as the version changed it: added words on green, removed ones struck through on red. */
const TextChange = ({ change }: { change: Extract<FieldChange, { kind: 'text' }> }) => (
  <Typography variant="omega" tag="p" style={{ whiteSpace: 'pre-wrap' }}>
    {change.parts.map((part, index) =>
      part.added ? (
        <ins key={index} style={ADDED} data-testid="history-added">
          {part.value}
        </ins>
      ) : part.removed ? (
        <del key={index} style={REMOVED} data-testid="history-removed">
          {part.value}
        </del>
      ) : (
        <span key={index}>{part.value}</span>
      )
    )}
  </Typography>
);

const ValueChange = ({ change }: { change: Extract<FieldChange, { kind: 'value' }> }) => (
  <Typography variant="omega" tag="p">
    <del style={REMOVED}>{change.before ?? 'empty'}</del> → <ins style={ADDED}>{change.after ?? 'empty'}</ins>
  </Typography>
);

/** What one version changed, field by field. */
export const VersionChanges = ({ changes }: { changes: FieldChange[] }) => {
  if (changes.length === 0) return <Typography variant="pi">No field changed in this version.</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="history-changes">
      {changes.map((change) => (
        <Box key={change.field} data-testid={`history-change-${change.field}`}>
          <Typography variant="sigma" textColor="neutral600" tag="h4">
            {change.field}
          </Typography>
          {change.kind === 'text' ? <TextChange change={change} /> : <ValueChange change={change} />}
        </Box>
      ))}
    </Flex>
  );
};
