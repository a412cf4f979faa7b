import * as React from 'react';
import { Box, Flex, Loader, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import type { PanelComponent, PanelComponentProps } from '@strapi/content-manager/strapi-admin';
import type { ArticleCheck } from '../../editorial/quality/article-check';
import { Claims, NearCopies, Publishing, Readability } from './check-sections';
import { SearchPreview, SocialCard } from './previews';

const ARTICLE = 'api::article.article';

/** Fetches the article's check again whenever the saved version changes (every save). */
const useArticleCheck = (documentId: string, savedAt: unknown) => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<{ check?: ArticleCheck; error?: string }>({});
  React.useEffect(() => {
    let current = true;
    get<{ data: ArticleCheck }>(`/editorial/articles/${encodeURIComponent(documentId)}/check`)
      .then(({ data }) => current && setState({ check: data.data }))
      .catch((error: Error) => current && setState({ error: error.message }));
    return () => {
      current = false;
    };
  }, [documentId, savedAt, get]);
  return state;
};

const QualityPanelContent = ({ documentId, savedAt }: { documentId: string; savedAt: unknown }) => {
  const { check, error } = useArticleCheck(documentId, savedAt);
  if (error) return <Typography textColor="danger600">The check could not be loaded: {error}</Typography>;
  if (!check) return <Loader small>Checking the article</Loader>;
  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%" data-testid="quality-panel">
      <Publishing check={check} />
      <Readability check={check} />
      <Claims check={check} />
      <NearCopies check={check} />
      <SearchPreview result={check.searchResult} />
      <SocialCard card={check.socialCard} />
      <Box>
        <Typography variant="pi" textColor="neutral600">
          As last saved. Save to check your changes.
        </Typography>
      </Box>
    </Flex>
  );
};

/**
 * Beside every saved article: what stops publication, readability, health claims, near-copies,
 * and how its search result and social card will look.
 */
export const QualityPanel: PanelComponent = ({ model, documentId, document }: PanelComponentProps) => {
  if (model !== ARTICLE || !documentId) return null;
  return {
    title: 'Quality check',
    content: <QualityPanelContent documentId={documentId} savedAt={document?.updatedAt} />,
  };
};
