import { WellnessApiError, type SearchHit, type SearchType, type WellnessClient } from '../client/index.js';
import { badge, pageHeader, pagination } from './components.js';
import { el, markedSnippet, safeHref, showInMain } from './dom.js';
import { plural } from './format.js';
import { setJsonLd, setPageMeta } from './head.js';

const PAGE_SIZE = 10;
const TYPES: Array<{ type: SearchType | ''; label: string }> = [
  { type: '', label: 'Everything' },
  { type: 'article', label: 'Articles' },
  { type: 'condition', label: 'Conditions' },
  { type: 'benefit', label: 'Benefits' },
];
const TYPE_LABEL: Record<SearchType, string> = { article: 'Article', condition: 'Condition', benefit: 'Benefit' };

type Query = { q: string; type: SearchType | ''; page: number };

const hrefFor = ({ q, type, page }: Query) => {
  const params = new URLSearchParams({ q });
  if (type) params.set('type', type);
  if (page > 1) params.set('page', String(page));
  return `/search?${params}`;
};

const searchForm = (q: string) =>
  el(
    'form',
    { class: 'inline-search', role: 'search', action: '/search', method: 'get' },
    el('label', { for: 'search-page-input' }, 'Search articles, conditions and benefits'),
    el(
      'div',
      { class: 'inline-search__row' },
      el('input', { id: 'search-page-input', type: 'search', name: 'q', value: q, required: true, maxlength: 200 }),
      el('button', { type: 'submit', class: 'button' }, 'Search')
    )
  );

const typeFilter = (query: Query) =>
  el(
    'nav',
    { class: 'chips', 'aria-label': 'Show only' },
    TYPES.map(({ type, label }) =>
      el('a', { href: hrefFor({ ...query, type, page: 1 }), class: 'chip', 'aria-current': type === query.type ? 'true' : null }, label)
    )
  );

const result = (hit: SearchHit) =>
  el(
    'li',
    { class: 'result' },
    badge(TYPE_LABEL[hit.type] ?? hit.type, hit.type),
    el('h2', { class: 'result__title' }, el('a', { href: safeHref(hit.path) ?? '/' }, hit.title)),
    el('p', { class: 'result__snippet' }, markedSnippet(hit.snippet))
  );

/** /search?q=&type=&page=: ranked results with highlighted matches, and the corrected query when there was a typo. */
export const renderSearchPage = async (client: WellnessClient) => {
  const params = new URLSearchParams(window.location.search);
  const query: Query = {
    q: (params.get('q') ?? '').trim(),
    type: (params.get('type') ?? '') as Query['type'],
    page: Math.max(1, Number(params.get('page')) || 1),
  };
  setPageMeta({ title: query.q ? `Search: ${query.q}` : 'Search', noIndex: true });
  setJsonLd(null);
  const header = pageHeader({
    eyebrow: 'Search',
    title: query.q ? `Results for “${query.q}”` : 'Search the site',
    extra: searchForm(query.q),
  });
  if (!query.q) {
    showInMain(
      el(
        'div',
        { class: 'container narrow', 'data-page': 'search' },
        header,
        el('p', {}, 'Type a condition, a treatment or a question, such as “shin splints” or “massage before a race”.')
      )
    );
    return;
  }

  try {
    const { data, meta } = await client.search({ q: query.q, type: query.type || undefined, page: query.page, pageSize: PAGE_SIZE });
    const corrected = meta.correctedQuery && meta.correctedQuery !== query.q ? meta.correctedQuery : null;
    showInMain(
      el(
        'div',
        { class: 'container narrow', 'data-page': 'search' },
        header,
        corrected
          ? el(
              'p',
              { class: 'did-you-mean' },
              'Did you mean ',
              el('a', { href: hrefFor({ ...query, q: corrected, page: 1 }) }, el('strong', {}, corrected)),
              '? These are the results for it.'
            )
          : null,
        typeFilter(query),
        el('p', { class: 'list-status', role: 'status' }, plural(meta.pagination.total, 'result', 'results')),
        data.length > 0
          ? el('ol', { class: 'results', 'data-list': 'results' }, data.map(result))
          : el('p', { class: 'empty' }, 'Nothing matched. Try fewer or different words.'),
        pagination(meta.pagination, (page) => hrefFor({ ...query, page }), 'Result pages')
      )
    );
  } catch (error) {
    // A question the API refuses (too long, a bad filter) is the reader's to fix, on this page.
    if (!(error instanceof WellnessApiError) || error.status !== 400) throw error;
    showInMain(
      el(
        'div',
        { class: 'container narrow', 'data-page': 'search' },
        header,
        el('p', { class: 'notice notice--error', role: 'alert' }, error.message)
      )
    );
  }
};
