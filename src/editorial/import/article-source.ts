import type { Block } from '../../content-model/rich-text/blocks';
import type { ArticleImage } from './html-images';

/** What a format reader hands to the shared cleaning: candidate blocks, before chrome removal. */
export type ArticleSource = {
  blocks: Block[];
  /** A title the file states outright (front matter); it wins over any heading. */
  statedTitle?: string;
  /** A title from outside the article body (a page h1, og:title, <title>), used when the body has no h1. */
  fallbackTitle?: string;
  /** Chrome the reader could already tell apart by structure (nav, footer, comment forms...). */
  removed: string[];
  /** Images the article shows, with their alt text (the files themselves stay on the old site). */
  images?: ArticleImage[];
};
