import * as React from 'react';
import { Box, Button, Flex, Link, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import type { Outcome } from './import-files';

const EDIT = '/admin/content-manager/collection-types';
const TERM_TYPES = { condition: 'api::condition.condition', benefit: 'api::benefit.benefit' } as const;

const Cell = ({ children }: React.PropsWithChildren) => (
  <Td>
    <Typography variant="omega">{children}</Typography>
  </Td>
);

/** What the command-line import prints, as a table: one row per file. */
export const OutcomeTable = ({ outcomes }: { outcomes: Outcome[] }) => {
  const count = (status: Outcome['status']) => outcomes.filter((outcome) => outcome.status === status).length;
  const unknownClinics = [...new Set(outcomes.flatMap((outcome) => (outcome.status === 'skipped' ? [] : outcome.unknownClinics)))];
  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="import-summary">
      <Typography variant="delta" tag="h2">
        {count('created')} created, {count('updated')} updated, {count('unchanged')} unchanged, {count('skipped')} skipped
      </Typography>
      <Table colCount={5} rowCount={outcomes.length + 1}>
        <Thead>
          <Tr>
            {['File', 'Result', 'Draft', 'Linked to', 'Also kept'].map((heading) => (
              <Th key={heading}>
                <Typography variant="sigma">{heading}</Typography>
              </Th>
            ))}
          </Tr>
        </Thead>
        <Tbody>
          {outcomes.map((outcome) => (
            <Tr key={outcome.file}>
              <Cell>{outcome.file}</Cell>
              <Cell>{outcome.status === 'skipped' ? `skipped: ${outcome.reason}` : outcome.status}</Cell>
              <Cell>
                {outcome.status !== 'skipped' && <Link href={`${EDIT}/api::article.article/${outcome.documentId}`}>{outcome.title}</Link>}
              </Cell>
              <Cell>
                {outcome.status !== 'skipped' &&
                  [...outcome.linked.conditions, ...outcome.linked.benefits, ...outcome.linked.topics, ...outcome.linked.clinics].join(
                    ', '
                  )}
              </Cell>
              <Cell>{outcome.status !== 'skipped' && alsoKept(outcome)}</Cell>
            </Tr>
          ))}
        </Tbody>
      </Table>
      {unknownClinics.length > 0 && (
        <Typography variant="omega" textColor="warning600" tag="p" data-testid="import-unknown-clinics">
          Clinics named in booking links that match no location: {unknownClinics.join(', ')}
        </Typography>
      )}
    </Flex>
  );
};

/** The FAQ items and sources the draft got, and the images to upload again with the alt text the page gave them. */
const alsoKept = (outcome: { faqItems: number; sources: number; images: Array<{ alt: string }> }) =>
  [
    outcome.faqItems ? `${outcome.faqItems} FAQ items` : '',
    outcome.sources ? `${outcome.sources} sources` : '',
    ...outcome.images.map((image) => `image to upload: "${image.alt}"`),
  ]
    .filter(Boolean)
    .join('; ');

type Term = { term: string; kind: 'condition' | 'benefit'; files: string[] };

/** A term the taxonomy lacks, and a button that makes it a draft to fill in. */
const MissingTerm = ({ term }: { term: Term }) => {
  const { post } = useFetchClient();
  const [created, setCreated] = React.useState<string | undefined>();
  const [error, setError] = React.useState<string | undefined>();
  const uid = TERM_TYPES[term.kind];
  const create = async () => {
    try {
      const { data } = await post<{ data: { documentId: string } }>(`/content-manager/collection-types/${uid}`, { name: term.term });
      setCreated(data.data.documentId);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  return (
    <Flex gap={3} data-testid="import-missing-term">
      <Typography variant="omega">
        {term.term} ({term.kind}, in {term.files.join(', ')})
      </Typography>
      {created ? (
        <Link href={`${EDIT}/${uid}/${created}`}>Open the draft {term.kind}</Link>
      ) : (
        <Button variant="secondary" size="S" onClick={() => void create()}>
          Create draft {term.kind}
        </Button>
      )}
      {error && <Typography textColor="danger600">{error}</Typography>}
    </Flex>
  );
};

export const MissingTerms = ({ terms }: { terms: Term[] }) =>
  terms.length === 0 ? null : (
    <Box padding={6} background="neutral0" hasRadius>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta" tag="h2">
          Terms that look missing from the taxonomy
        </Typography>
        {terms.map((term) => (
          <MissingTerm key={`${term.kind}:${term.term}`} term={term} />
        ))}
      </Flex>
    </Box>
  );
