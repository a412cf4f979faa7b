import { Box, Typography } from '@strapi/design-system';
import type { ArticleCheck } from '../../editorial/quality/article-check';
import { Line, Section } from './section';

const lengthNote = (length: number, limit: { min?: number; max: number }) => {
  if (length > limit.max) return { text: `${length} characters: cut after ${limit.max}`, tone: 'danger600' };
  if (limit.min !== undefined && length < limit.min)
    return { text: `${length} characters: aim for ${limit.min}-${limit.max}`, tone: 'warning600' };
  return { text: `${length} characters`, tone: 'success600' };
};

/** Roughly as a search engine lists the page: title, address, snippet, each cut where it would be. */
export const SearchPreview = ({ result }: { result: ArticleCheck['searchResult'] }) => {
  const titleNote = lengthNote(result.title.length, { max: result.limits.title });
  const descriptionNote = lengthNote(result.description.length, result.limits.description);
  const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
  return (
    <Section title="Search result" testId="quality-search-preview">
      <Box padding={3} background="neutral0" hasRadius borderColor="neutral200">
        <Typography variant="pi" textColor="neutral600" tag="div">
          {result.url}
        </Typography>
        <Typography variant="delta" textColor="primary700" tag="div">
          {cut(result.title, result.limits.title)}
        </Typography>
        <Typography variant="omega" textColor="neutral700" tag="div">
          {cut(result.description, result.limits.description.max) || 'No description: search engines will pick text from the page.'}
        </Typography>
      </Box>
      <Line tone={titleNote.tone}>Title: {titleNote.text}</Line>
      <Line tone={descriptionNote.tone}>Description: {descriptionNote.text}</Line>
    </Section>
  );
};

/** How a shared link shows: the cover picture above the title and description. */
export const SocialCard = ({ card }: { card: ArticleCheck['socialCard'] }) => (
  <Section title="Social card" testId="quality-social-card">
    <Box background="neutral0" hasRadius borderColor="neutral200" overflow="hidden">
      {card.imageUrl ? (
        <img src={card.imageUrl} alt={card.imageAlt ?? ''} style={{ width: '100%', aspectRatio: '1.91 / 1', objectFit: 'cover' }} />
      ) : (
        <Box padding={3} background="neutral100">
          <Typography variant="pi" textColor="neutral600">
            No cover image: the card shows text only.
          </Typography>
        </Box>
      )}
      <Box padding={3}>
        <Typography variant="omega" fontWeight="bold" tag="div">
          {card.title}
        </Typography>
        <Typography variant="pi" textColor="neutral600" tag="div">
          {card.description}
        </Typography>
      </Box>
    </Box>
  </Section>
);
