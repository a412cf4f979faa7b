import { parseDocument } from 'htmlparser2';
import type { ArticleSource } from './article-source';
import { findArticleRoot, findFallbackTitle, removeNonContent, textOutside } from './html-document';
import { htmlToBlocks } from './html-to-blocks';
import { collectImages } from './html-images';

/**
 * An HTML page as article blocks: the element that holds the article is read, everything
 * around it (header, nav, sidebars, footer) is reported as removed chrome.
 */
export const readHtmlArticle = (html: string): ArticleSource => {
  const document = parseDocument(html);
  const images = collectImages(document);
  removeNonContent(document);
  const root = findArticleRoot(document);
  const { blocks, removed } = htmlToBlocks(root);
  const fallbackTitle = findFallbackTitle(document, root);
  // A page heading outside the article is its title, not chrome.
  const outside = textOutside(root).filter((text) => text !== fallbackTitle);
  return { blocks, fallbackTitle, removed: [...outside, ...removed], images: images.inArticle(root) };
};
