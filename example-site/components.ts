import type { ArticleCard, Media, Pagination, TermLink } from '../client/index.js';
import { el, safeHref, type Child } from './dom.js';
import { formatDate, formatReadingTime } from './format.js';

type Rendition = { url: string; width: number; height?: number | null };

// Newest first: the browser takes the first <source> whose type it can decode.
const MODERN_TYPES = [
  { suffix: '_avif', type: 'image/avif' },
  { suffix: '_webp', type: 'image/webp' },
] as const;

const srcsetOf = (renditions: Rendition[]) =>
  renditions
    .filter((format) => safeHref(format.url))
    .sort((a, b) => a.width - b.width)
    .map((format) => `${safeHref(format.url)} ${format.width}w`)
    .join(', ');

/**
 * An image at the size the layout gives it: every rendition in srcset, so the browser picks the
 * smallest that is sharp enough; AVIF and WebP copies as <source>s before the original's type,
 * for browsers that decode them; and the focal point as object-position, so a crop keeps the
 * subject in view.
 */
export const responsiveImage = (image: Media, alt: string, options: { sizes: string; className: string; lazy?: boolean }) => {
  const formats = Object.entries(image.formats ?? {});
  const isModern = (name: string) => MODERN_TYPES.some(({ suffix }) => name.endsWith(suffix));
  const fallback: Rendition[] = formats
    .filter(([name]) => name !== 'thumbnail' && !isModern(name))
    .map(([, format]): Rendition => format)
    .concat(image.width ? [{ url: image.url, width: image.width, height: image.height }] : [])
    .filter((format) => safeHref(format.url))
    .sort((a, b) => a.width - b.width);
  const src = safeHref(fallback[0]?.url ?? image.url);
  if (!src) return null;
  const img = el('img', {
    class: options.className,
    src,
    srcset: fallback.length > 1 ? srcsetOf(fallback) : undefined,
    sizes: fallback.length > 1 ? options.sizes : undefined,
    alt,
    width: image.width ?? undefined,
    height: image.height ?? undefined,
    loading: options.lazy ? 'lazy' : undefined,
  });
  // Through the CSSOM: the site's Content-Security-Policy refuses style attributes.
  if (image.focalPoint) img.style.objectPosition = `${image.focalPoint.x}% ${image.focalPoint.y}%`;
  const sources = MODERN_TYPES.map(({ suffix, type }) => ({
    type,
    srcset: srcsetOf(formats.filter(([name]) => name.endsWith(suffix)).map(([, format]) => format)),
  }))
    .filter(({ srcset }) => srcset)
    .map(({ type, srcset }) => el('source', { type, srcset, sizes: options.sizes }));
  return sources.length > 0 ? el('picture', {}, ...sources, img) : img;
};

const cardImage = (image: Media | null | undefined, alt: string) =>
  image ? responsiveImage(image, alt, { className: 'card__image', sizes: '(max-width: 700px) 100vw, 360px', lazy: true }) : null;

export const topicTags = (topics: TermLink[], className = 'tags') =>
  topics.length > 0
    ? el(
        'ul',
        { class: className, 'aria-label': 'Topics' },
        topics.map((topic) => el('li', {}, el('a', { href: `/topics/${encodeURIComponent(topic.slug)}` }, topic.name)))
      )
    : null;

export const articleCard = (article: ArticleCard, headingLevel: 2 | 3 = 3) =>
  el(
    'article',
    { class: 'card' },
    cardImage(article.cover?.image, article.cover?.alt ?? '') ?? el('div', { class: 'card__art', 'aria-hidden': 'true' }),
    el(
      'div',
      { class: 'card__body' },
      topicTags(article.topics ?? []),
      el(
        `h${headingLevel}` as 'h3',
        { class: 'card__title' },
        el('a', { href: `/articles/${encodeURIComponent(article.slug)}`, class: 'card__link' }, article.title)
      ),
      article.excerpt ? el('p', { class: 'card__excerpt' }, article.excerpt) : null,
      el(
        'p',
        { class: 'card__meta' },
        article.author?.name ? el('span', {}, article.author.name) : null,
        formatReadingTime(article.readingTimeMinutes) ? el('span', {}, formatReadingTime(article.readingTimeMinutes)) : null,
        el('time', { datetime: article.publishedAt }, formatDate(article.publishedAt))
      )
    )
  );

export const cardGrid = (articles: ArticleCard[], headingLevel: 2 | 3 = 3) =>
  el(
    'ul',
    { class: 'card-grid' },
    articles.map((article) => el('li', {}, articleCard(article, headingLevel)))
  );

/** Previous / page n of m / next, as links, so every page of a list has its own address. */
export const pagination = ({ page, pageCount }: Pagination, hrefFor: (page: number) => string, label = 'Pages') => {
  if (pageCount <= 1) return null;
  const step = (target: number, text: string, rel: string) =>
    target >= 1 && target <= pageCount
      ? el('a', { href: hrefFor(target), rel, class: 'button button--ghost' }, text)
      : el('span', { class: 'button button--ghost is-disabled', 'aria-hidden': 'true' }, text);
  return el(
    'nav',
    { class: 'pagination', 'aria-label': label },
    step(page - 1, '← Previous', 'prev'),
    el('span', { class: 'pagination__status' }, `Page ${page} of ${pageCount}`),
    step(page + 1, 'Next →', 'next')
  );
};

/** A page's top: a small label above the title, the title, and an introduction. */
export const pageHeader = ({ eyebrow, title, lede, extra }: { eyebrow?: Child; title: string; lede?: string | null; extra?: Child }) =>
  el(
    'header',
    { class: 'page-header' },
    eyebrow ? el('p', { class: 'eyebrow' }, eyebrow) : null,
    el('h1', {}, title),
    lede ? el('p', { class: 'lede' }, lede) : null,
    extra
  );

export const section = (title: string, id: string, ...children: Child[]) =>
  el('section', { class: 'section', 'aria-labelledby': id }, el('h2', { id }, title), ...children);

export const badge = (text: string, tone = '') => el('span', { class: `badge ${tone ? `badge--${tone}` : ''}`.trim() }, text);
