import type { Block } from '../../content-model/rich-text/blocks';
import type { ReviewableArticle } from '../review/medical-review';

/** What the article check and the quality report read of an article. */
export type CheckedArticle = ReviewableArticle & {
  documentId: string;
  title: string;
  slug?: string | null;
  excerpt?: string | null;
  body: Block[] | null;
  seo?: { metaTitle?: string | null; metaDescription?: string | null } | null;
  cover?: { alt?: string | null; image?: { url?: string } | null } | null;
};

export const ARTICLE_CHECK_POPULATE = {
  medicalReview: true,
  sources: true,
  faq: true,
  seo: true,
  cover: { populate: { image: true } },
} as const;
