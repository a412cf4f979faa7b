import type { AnyNode, Document, Element } from 'domhandler';
import { findAll, findOne, getAttributeValue, isTag, isText, removeElement } from 'domutils';
import { chromeReasonFor, NEVER_CONTENT_TAGS } from './html-chrome-elements';

// Block-level tags: their text is a separate line when an element is reported as text.
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'form',
  'table',
  'tr',
  'td',
  'th',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'br',
  'hr',
  'address',
  'pre',
  'label',
  'button',
]);

/** An element's visible text, one line per block-level descendant, for chrome reports. */
export const elementText = (node: AnyNode): string => {
  const parts: string[] = [];
  const walk = (current: AnyNode) => {
    if (isText(current)) parts.push(current.data);
    else if (isTag(current)) {
      const isBlock = BLOCK_TAGS.has(current.name);
      if (isBlock) parts.push('\n');
      current.children.forEach(walk);
      if (isBlock) parts.push('\n');
    }
  };
  walk(node);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
};

const textLength = (element: Element): number => elementText(element).length;

const isInChrome = (element: Element): boolean => {
  for (let current: AnyNode | null = element; current; current = current.parent)
    if (isTag(current) && chromeReasonFor(current)) return true;
  return false;
};

// Themes mark the article in many ways; the first that matches, largest first, is the article.
// Teaser <article>s in a sidebar or related-posts block never count.
const ROOT_FINDERS: Array<(element: Element) => boolean> = [
  (element) => element.name === 'article' && !isInChrome(element),
  (element) => element.name === 'main' || element.attribs.role === 'main',
  (element) => element.attribs.itemprop === 'articleBody',
  (element) => /\b(?:entry|post|article|blog)[-_]?(?:content|body|text)\b|\bsingle[-_]post\b/i.test(element.attribs.class ?? ''),
];

/** The element that holds the article, or the body (or whole document) when nothing marks it. */
export const findArticleRoot = (document: Document): Element | Document => {
  for (const matches of ROOT_FINDERS) {
    const candidates = findAll(matches, document.children).filter((element) => textLength(element) > 0);
    if (candidates.length > 0) return candidates.reduce((best, next) => (textLength(next) > textLength(best) ? next : best));
  }
  return findOne((element) => element.name === 'body', document.children) ?? document;
};

const isInside = (node: AnyNode, ancestor: AnyNode): boolean => {
  for (let current: AnyNode | null = node; current; current = current.parent) if (current === ancestor) return true;
  return false;
};

// The site name is often an h1 in the page header ("site-title", a logo) on every page.
const BRANDING = /site-?(?:title|name|branding)|logo|brand|masthead/i;
const isSiteBranding = (heading: Element): boolean => {
  for (let current: AnyNode | null = heading; current; current = current.parent) {
    if (!isTag(current)) continue;
    if (BRANDING.test(`${current.attribs.class ?? ''} ${current.attribs.id ?? ''}`) || (current !== heading && chromeReasonFor(current)))
      return true;
    if (current.name === 'header' && findOne((element) => element.name === 'nav', current.children)) return true;
  }
  return false;
};

const TITLE_SUFFIX = /\s+[|–—·•:-]\s+.*$/;

/** The page's own title when the article body lacks an h1: an h1 outside chrome, og:title, <title>. */
export const findFallbackTitle = (document: Document, root: Element | Document): string | undefined => {
  const pageHeading = findAll((element) => element.name === 'h1', document.children).find(
    (heading) => !isInside(heading, root) && !isSiteBranding(heading)
  );
  const openGraph = findOne((element) => element.name === 'meta' && element.attribs.property === 'og:title', document.children);
  const titleTag = findOne((element) => element.name === 'title', document.children);
  const candidates = [
    pageHeading && elementText(pageHeading),
    openGraph && getAttributeValue(openGraph, 'content'),
    titleTag && elementText(titleTag).replace(TITLE_SUFFIX, ''),
  ];
  return candidates.map((candidate) => candidate?.replace(/\s+/g, ' ').trim()).find((candidate) => !!candidate);
};

/** Drops scripts, styles, media and the like, which hold no article text. */
export const removeNonContent = (document: Document): void => {
  findAll(
    (element) => NEVER_CONTENT_TAGS.has(element.name) && element.name !== 'meta' && element.name !== 'head',
    document.children
  ).forEach(removeElement);
};

/** The text of everything outside the article root (header, nav, sidebars, footer), one entry per element. */
export const textOutside = (root: Element | Document): string[] => {
  const outside: string[] = [];
  for (let current: AnyNode = root; current.parent; current = current.parent) {
    for (const sibling of current.parent.children) {
      if (sibling === current || !isTag(sibling) || sibling.name === 'head') continue;
      const text = elementText(sibling);
      if (text) outside.push(text);
    }
  }
  return outside;
};
