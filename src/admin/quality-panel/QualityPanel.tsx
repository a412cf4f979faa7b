import * as React from 'react';
import { Flex, Loader, Typography } from '@strapi/design-system';
import { useFetchClient, useForm } from '@strapi/strapi/admin';
import type { PanelComponent, PanelComponentProps } from '@strapi/content-manager/strapi-admin';
import type { ArticleCheck } from '../../editorial/quality/article-check';
import { Claims, NearCopies, Publishing, Readability } from './check-sections';
import { SearchPreview, SocialCard } from './previews';
import { MedicalReview, type PanelReview } from './review-section';

const ARTICLE = 'api::article.article';

// Typing pauses this long before the unsaved values are checked: one request per pause, not per key.
const TYPING_PAUSE_MS = 800;
const CHECKED_FIELDS = ['title', 'excerpt', 'body', 'seo', 'cover', 'sources', 'faq', 'reviewIntervalMonths'] as const;

type Values = Record<string, unknown>;
type PanelCheck = ArticleCheck & { review: PanelReview };
const checkedPart = (values: Values | undefined) =>
  values ? JSON.stringify(Object.fromEntries(CHECKED_FIELDS.map((field) => [field, values[field] ?? null]))) : undefined;

/**
 * The check of the saved draft, fetched again after every save, or, while the form holds
 * unsaved changes, of the form's values (after a pause in typing).
 */
const useArticleCheck = (documentId: string, savedAt: unknown) => {
  const { get, post } = useFetchClient();
  const unsaved = useForm('QualityPanel', (form) => (form.modified ? checkedPart(form.values as Values) : undefined), false);
  const [state, setState] = React.useState<{ check?: PanelCheck; error?: string; ofUnsaved?: boolean }>({});
  React.useEffect(() => {
    let current = true;
    const url = `/editorial/articles/${encodeURIComponent(documentId)}/check`;
    const load = () =>
      (unsaved ? post<{ data: PanelCheck }>(url, { data: JSON.parse(unsaved) }) : get<{ data: PanelCheck }>(url))
        .then(({ data }) => current && setState({ check: data.data, ofUnsaved: Boolean(unsaved) }))
        .catch((error: Error) => current && setState({ error: error.message }));
    const timer = setTimeout(load, unsaved ? TYPING_PAUSE_MS : 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [documentId, savedAt, unsaved, get, post]);
  return { ...state, hasUnsavedChanges: unsaved !== undefined };
};

const QualityPanelContent = ({ documentId, savedAt }: { documentId: string; savedAt: unknown }) => {
  const { check, error, ofUnsaved, hasUnsavedChanges } = useArticleCheck(documentId, savedAt);
  if (error) return <Typography textColor="danger600">The check could not be loaded: {error}</Typography>;
  if (!check) return <Loader small>Checking the article</Loader>;
  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%" data-testid="quality-panel">
      <Typography variant="pi" textColor="neutral600" data-testid="quality-of">
        {ofUnsaved ? 'As typed, not saved yet.' : 'As last saved.'}
      </Typography>
      <Publishing check={check} />
      <MedicalReview documentId={documentId} review={check.review} hasUnsavedChanges={hasUnsavedChanges} />
      <Readability check={check} />
      <Claims check={check} />
      <NearCopies check={check} />
      <SearchPreview result={check.searchResult} />
      <SocialCard card={check.socialCard} />
    </Flex>
  );
};

/**
 * Beside every saved article: what stops publication, the medical review and its sign-off,
 * readability, health claims, near-copies, and how its search result and social card will
 * look, as saved or as being typed.
 */
export const QualityPanel: PanelComponent = ({ model, documentId, document }: PanelComponentProps) => {
  if (model !== ARTICLE || !documentId) return null;
  return {
    title: 'Quality check',
    content: <QualityPanelContent documentId={documentId} savedAt={document?.updatedAt} />,
  };
};
