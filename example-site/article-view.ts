import type { ArticlePage, ArticleReview, BenefitLink, ConditionLink, MedicalReview, Source } from '../client/index.js';
import { renderBlocks } from './blocks.js';
import { clinicCard } from './clinic-parts.js';
import { el, safeHref, type Child } from './dom.js';
import { responsiveImage, section, topicTags } from './components.js';
import { evidenceLabel, formatDate, formatReadingTime } from './format.js';

const reviewLine = (review: MedicalReview | null) =>
  review
    ? el(
        'p',
        { class: 'review-line' },
        el('span', { class: 'review-line__icon', 'aria-hidden': 'true' }, '✓'),
        el(
          'span',
          {},
          'Medically reviewed by ',
          el('strong', {}, review.reviewerName),
          `, ${review.credentials}, on `,
          el('time', { datetime: review.reviewedOn }, formatDate(review.reviewedOn))
        )
      )
    : el('p', { class: 'review-line review-line--missing' }, 'Not yet medically reviewed.');

/** Readers are told when the article is past its review date (REVIEW_OVERDUE_ACTION flag or noindex). */
const overdueNotice = (review: ArticleReview | null | undefined) =>
  review?.status === 'overdue'
    ? el(
        'p',
        { class: 'review-notice', role: 'note' },
        'This article was due for a new medical review on ',
        el('time', { datetime: review.nextReviewDue }, formatDate(review.nextReviewDue)),
        '. Some of it may be out of date: check with a clinician before acting on it.'
      )
    : null;

const byline = (article: ArticlePage) =>
  el(
    'p',
    { class: 'byline' },
    article.author
      ? el('span', {}, 'By ', el('strong', {}, article.author.name), article.author.role ? `, ${article.author.role}` : '')
      : null,
    formatReadingTime(article.readingTimeMinutes) ? el('span', {}, formatReadingTime(article.readingTimeMinutes)) : null,
    article.publishedAt
      ? el('span', {}, 'Published ', el('time', { datetime: article.publishedAt }, formatDate(article.publishedAt)))
      : null
  );

const sourceItem = (source: Source) => {
  const href = safeHref(source.url);
  const title = href ? el('a', { href, rel: 'noopener noreferrer' }, source.title) : source.title;
  return el(
    'li',
    {},
    title,
    [source.publisher, source.year].filter(Boolean).length > 0 ? `. ${[source.publisher, source.year].filter(Boolean).join(', ')}.` : ''
  );
};

const termList = (label: string, prefix: string, terms: Array<ConditionLink | BenefitLink>) =>
  terms.length > 0
    ? el(
        'div',
        { class: 'aside-block' },
        el('h2', {}, label),
        el(
          'ul',
          { class: 'term-list' },
          terms.map((term) =>
            el(
              'li',
              {},
              el('a', { href: `${prefix}/${encodeURIComponent(term.slug)}` }, term.name),
              'evidenceLevel' in term && term.evidenceLevel
                ? el('span', { class: 'term-list__note' }, evidenceLabel(term.evidenceLevel))
                : null
            )
          )
        )
      )
    : null;

/**
 * An article as its page shows it; the same view serves published articles and previews.
 * `after` is what follows the article (related reading), `banner` what precedes it, `review`
 * where its review cycle stands (published pages only).
 */
export const articleView = (
  article: ArticlePage,
  { banner, after, review }: { banner?: Child; after?: Child; review?: ArticleReview | null } = {}
) =>
  el(
    'div',
    { class: 'container', 'data-page': 'article' },
    banner,
    el(
      'div',
      { class: 'article-layout' },
      el(
        'article',
        { class: 'article' },
        el(
          'header',
          { class: 'page-header' },
          topicTags(article.topics ?? []),
          el('h1', {}, article.title || 'Untitled draft'),
          article.excerpt ? el('p', { class: 'lede' }, article.excerpt) : null,
          byline(article),
          reviewLine(article.medicalReview),
          overdueNotice(review)
        ),
        article.cover?.image
          ? el(
              'figure',
              { class: 'article__cover' },
              responsiveImage(article.cover.image, article.cover.alt ?? '', {
                className: 'article__cover-image',
                sizes: '(max-width: 800px) 100vw, 760px',
              })
            )
          : null,
        el('div', { class: 'prose' }, renderBlocks(article.body)),
        (article.faq ?? []).length > 0
          ? section(
              'Frequently asked questions',
              'faq-heading',
              el(
                'div',
                { class: 'faq' },
                article.faq.map((item) => el('details', {}, el('summary', {}, item.question), el('p', {}, item.answer)))
              )
            )
          : null,
        (article.sources ?? []).length > 0
          ? section('Sources', 'sources-heading', el('ol', { class: 'sources' }, article.sources.map(sourceItem)))
          : null
      ),
      el(
        'aside',
        { class: 'article-aside', 'aria-label': 'About this article' },
        termList('Conditions covered', '/conditions', article.conditions ?? []),
        termList('How massage may help', '/benefits', article.benefits ?? []),
        (article.clinicLocations ?? []).length > 0
          ? el(
              'div',
              { class: 'aside-block' },
              el('h2', {}, 'Book at a clinic'),
              article.clinicLocations.map((clinic) => clinicCard(clinic, 3))
            )
          : null
      )
    ),
    after
  );
