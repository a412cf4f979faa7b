import type { Document, Element } from 'domhandler';
import { findAll } from 'domutils';
import { chromeReasonFor } from './html-chrome-elements';

/** An image of the article: where it was, and the text that describes it to people who cannot see it. */
export type ArticleImage = { src: string; alt: string };

const ancestorsOf = (element: Element): Element[] => {
  const chain: Element[] = [];
  for (let parent = element.parent; parent && parent.type === 'tag'; parent = parent.parent) chain.push(parent as Element);
  return chain;
};

/**
 * The page's images with their alt text, each with its ancestors, taken before the cleaning
 * drops every <img>; `inArticle` keeps those inside the article and outside its chrome.
 */
export const collectImages = (document: Document) => {
  const images = findAll((element) => element.name === 'img', document.children)
    .map((element) => ({
      src: element.attribs.src ?? '',
      alt: (element.attribs.alt ?? '').replace(/\s+/g, ' ').trim(),
      ancestors: ancestorsOf(element),
    }))
    .filter((image) => image.alt !== '');
  return {
    inArticle: (root: Element | Document): ArticleImage[] =>
      images.flatMap(({ src, alt, ancestors }) => {
        // Only what lies between the image and the article root decides, as it does for text.
        const inside = root.type === 'root' ? ancestors : ancestors.slice(0, ancestors.indexOf(root as Element));
        const isInArticle = root.type === 'root' || ancestors.includes(root as Element);
        return isInArticle && !inside.some((ancestor) => chromeReasonFor(ancestor)) ? [{ src, alt }] : [];
      }),
  };
};
