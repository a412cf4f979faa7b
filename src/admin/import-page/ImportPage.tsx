import * as React from 'react';
import { Box, Button, Flex, Main, TextInput, Textarea, Typography } from '@strapi/design-system';
import { Layouts, useFetchClient } from '@strapi/strapi/admin';
import { importSources, missingTerms, type Outcome } from './import-files';
import { MissingTerms, OutcomeTable } from './import-results';

/**
 * Admin menu → Import articles: drop exported blog files, or paste one article, and see what
 * the importer made of each. Every article comes in as a draft; publishing stays an editor's call.
 */
export const ImportPage = () => {
  const { post } = useFetchClient();
  const [outcomes, setOutcomes] = React.useState<Outcome[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [pasted, setPasted] = React.useState({ name: 'pasted.md', text: '' });

  const run = async (sources: Array<{ name: string; text: () => Promise<string> }>) => {
    setBusy(true);
    try {
      setOutcomes(await importSources(post, sources));
    } finally {
      setBusy(false);
    }
  };
  const onFiles = (files: FileList | null) => void run([...(files ?? [])].map((file) => ({ name: file.name, text: () => file.text() })));

  return (
    <Main>
      <Layouts.Header title="Import articles" subtitle="Old blog posts as drafts: .txt, .md or .html, one article each." />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Box
            padding={6}
            background="neutral0"
            hasRadius
            borderStyle="dashed"
            borderColor="neutral300"
            onDragOver={(event: React.DragEvent) => event.preventDefault()}
            onDrop={(event: React.DragEvent) => {
              event.preventDefault();
              onFiles(event.dataTransfer.files);
            }}
          >
            <Flex direction="column" gap={3}>
              <Typography variant="delta">Drop files here, or choose them</Typography>
              <input
                type="file"
                multiple
                accept=".txt,.md,.markdown,.html,.htm"
                aria-label="Files to import"
                disabled={busy}
                onChange={(event) => onFiles(event.target.files)}
              />
            </Flex>
          </Box>
          <Box padding={6} background="neutral0" hasRadius>
            <Flex direction="column" alignItems="stretch" gap={3}>
              <Typography variant="delta">Or paste one article</Typography>
              <TextInput
                aria-label="File name"
                value={pasted.name}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => setPasted({ ...pasted, name: event.target.value })}
              />
              <Textarea
                aria-label="Article text or HTML"
                value={pasted.text}
                onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setPasted({ ...pasted, text: event.target.value })}
              />
              <Box>
                <Button
                  loading={busy}
                  disabled={!pasted.text.trim()}
                  onClick={() => void run([{ name: pasted.name, text: async () => pasted.text }])}
                >
                  Import pasted article
                </Button>
              </Box>
            </Flex>
          </Box>
          {outcomes.length > 0 && <OutcomeTable outcomes={outcomes} />}
          <MissingTerms terms={missingTerms(outcomes)} />
        </Flex>
      </Layouts.Content>
    </Main>
  );
};
