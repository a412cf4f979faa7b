import type { WellnessClient } from '../client/index.js';
import { cardGrid, pagination, section } from './components.js';
import { el, showInMain } from './dom.js';
import { plural } from './format.js';
import { setJsonLd, setPageMeta } from './head.js';
import { termView, type Term, type TermKind } from './term-view.js';

const PAGE_SIZE = 6;

const fetchTerm = async (client: WellnessClient, kind: TermKind, slug: string, page: number) => {
  const fetchPage = kind === 'topic' ? client.topic : kind === 'condition' ? client.condition : client.benefit;
  const { data, meta } = await fetchPage(slug, { page, pageSize: PAGE_SIZE });
  return { subject: { kind, term: data } as Term, articles: data.articles, meta };
};

/** /topics/:slug, /conditions/:slug and /benefits/:slug: the term and its articles, a page at a time. */
export const renderTermPage = async (client: WellnessClient, kind: TermKind, slug: string) => {
  const page = Math.max(1, Number(new URLSearchParams(window.location.search).get('page')) || 1);
  const { subject, articles, meta } = await fetchTerm(client, kind, slug, page);
  const name = subject.term.name;
  setPageMeta({ title: name, description: subject.kind === 'topic' ? subject.term.description : subject.term.summary });
  setJsonLd(meta.jsonLd ?? null);

  const path = window.location.pathname;
  const list = section(
    `Articles about ${name.toLowerCase()}`,
    'term-articles-heading',
    el('p', { class: 'list-status' }, plural(meta.pagination.total, 'article', 'articles')),
    articles.length > 0 ? cardGrid(articles) : el('p', { class: 'empty' }, 'We have not published an article on this yet.'),
    pagination(meta.pagination, (target) => (target > 1 ? `${path}?page=${target}` : path), 'Article pages')
  );
  showInMain(termView(subject, list));
};
