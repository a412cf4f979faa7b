import * as React from 'react';
import { Box, Button, Flex, Main, TextInput, Textarea, Typography } from '@strapi/design-system';
import { Layouts, useFetchClient } from '@strapi/strapi/admin';
import { importSources, isWordPressExport, missingTerms, type Outcome } from './import-files';
import { MissingTerms, OutcomeTable } from './import-results';
import { importWordPressExport, type Progress } from './import-wordpress';
import type { WordPressTotals } from './wordpress-export';
import { WordPressProgress, WordPressReport } from './wordpress-report';

type Source = { name: string; text: () => Promise<string> };

/**
 * Admin menu → Import articles: drop exported blog files or a WordPress export, or paste one
 * article, and see what the importer made of each. Every article comes in as a draft; publishing stays an editor's call.
 */
export const ImportPage = () => {
  const { post } = useFetchClient();
  const [outcomes, setOutcomes] = React.useState<Outcome[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [pasted, setPasted] = React.useState({ name: 'pasted.md', text: '' });
  const [progress, setProgress] = React.useState<Progress | undefined>();
  const [wordPress, setWordPress] = React.useState<WordPressTotals | undefined>();

  const run = async (sources: Source[]) => {
    setBusy(true);
    setWordPress(undefined);
    try {
      const results = await importSources(
        post,
        sources.filter((source) => !isWordPressExport(source.name))
      );
      for (const source of sources.filter((candidate) => isWordPressExport(candidate.name))) {
        const imported = await importWordPressExport(post, source, setProgress);
        results.push(...imported.outcomes);
        setWordPress(imported.totals);
      }
      setOutcomes(results);
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };
  const onFiles = (files: FileList | null) => void run([...(files ?? [])].map((file) => ({ name: file.name, text: () => file.text() })));

  return (
    <Main>
      <Layouts.Header
        title="Import articles"
        subtitle="Old blog posts as drafts: .txt, .md or .html files, one article each, or a whole WordPress export (.xml, from Tools → Export)."
      />
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
                accept=".txt,.md,.markdown,.html,.htm,.xml"
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
          {progress && <WordPressProgress progress={progress} />}
          {wordPress && <WordPressReport totals={wordPress} />}
          {outcomes.length > 0 && <OutcomeTable outcomes={outcomes} />}
          <MissingTerms terms={missingTerms(outcomes)} />
        </Flex>
      </Layouts.Content>
    </Main>
  );
};
