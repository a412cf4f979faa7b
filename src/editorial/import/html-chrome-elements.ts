import type { Element } from 'domhandler';

// Elements that never hold article text.
export const NEVER_CONTENT_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'canvas',
  'object',
  'embed',
  'link',
  'meta',
  'head',
  'img',
  'picture',
  'video',
  'audio',
  'map',
]);

// Elements that hold page furniture rather than the article, wherever they appear.
const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'button', 'input', 'select', 'textarea', 'label', 'dialog', 'menu']);
const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'form',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
]);

// Parts of class and id names that themes use for chrome ("site-footer", "share_buttons",
// "relatedPosts"). Matched per word, so "entry-content" or "post-body" are never caught.
const CHROME_NAME_WORDS = new Set([
  'breadcrumb',
  'breadcrumbs',
  'crumbs',
  'nav',
  'navbar',
  'navigation',
  'menu',
  'sidebar',
  'widget',
  'widgets',
  'comment',
  'comments',
  'respond',
  'reply',
  'cart',
  'basket',
  'minicart',
  'checkout',
  'share',
  'sharing',
  'sharedaddy',
  'social',
  'related',
  'recommended',
  'newsletter',
  'subscribe',
  'signup',
  'cookie',
  'cookies',
  'consent',
  'popup',
  'modal',
  'footer',
  'masthead',
  'pagination',
  'pager',
  'tags',
  'categories',
  'meta',
  'byline',
  'cta',
  'booking',
  'scroll',
  'advert',
  'ads',
  'sponsor',
  'sponsored',
  'promo',
  'skip',
]);
const CHROME_NAME_PHRASES =
  /back-?to-?top|go-?top|to-?top|read-?more|also-?like|about-?(?:the-?)?author|author-?(?:box|bio|info|card|profile)|post-?nav/i;

const nameWords = (value: string): string[] =>
  value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);

const isHidden = (element: Element): boolean =>
  element.attribs.hidden !== undefined ||
  element.attribs['aria-hidden'] === 'true' ||
  /display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.attribs.style ?? '');

// An accordion (an FAQ, most often) shows its questions as buttons and folds its answers away
// until clicked: both are article text. A disclosure button says what it opens with aria-controls.
const ACCORDION_WORDS = /accordion|faq|question|answer|toggle|collaps|disclosure/i;
const isAccordionPart = (element: Element): boolean =>
  (element.name === 'button' && (element.attribs['aria-controls'] !== undefined || element.attribs['aria-expanded'] !== undefined)) ||
  ACCORDION_WORDS.test(`${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`);

/** Why an element is page chrome rather than article text, or undefined when it may be article. */
export const chromeReasonFor = (element: Element): string | undefined => {
  if (isAccordionPart(element)) return undefined;
  if (isHidden(element)) return 'hidden';
  if (CHROME_TAGS.has(element.name)) return element.name;
  const role = (element.attribs.role ?? '').toLowerCase();
  if (CHROME_ROLES.has(role)) return `role=${role}`;
  const names = `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`;
  if (CHROME_NAME_PHRASES.test(names)) return 'class';
  return nameWords(names).some((word) => CHROME_NAME_WORDS.has(word)) ? 'class' : undefined;
};
