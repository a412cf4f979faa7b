import type { TopicSummary, WellnessClient } from '../client/index.js';
import { el, showInMain } from './dom.js';
import { cardGrid, pagination } from './components.js';
import { plural } from './format.js';
import { setJsonLd, setPageMeta } from './head.js';

const PAGE_SIZE = 9;

type Filter = { topic?: string; page: number };

const readFilter = (): Filter => {
  const params = new URLSearchParams(window.location.search);
  return { topic: params.get('topic') || undefined, page: Math.max(1, Number(params.get('page')) || 1) };
};

const hrefFor = ({ topic, page }: Filter) => {
  const params = new URLSearchParams();
  if (topic) params.set('topic', topic);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/?${query}` : '/';
};

const topicFilter = (topics: TopicSummary[]) =>
  el(
    'nav',
    { class: 'chips', 'aria-label': 'Filter articles by topic' },
    el('a', { href: '/', class: 'chip', 'data-topic': '' }, 'All topics'),
    topics.map((topic) => el('a', { href: hrefFor({ topic: topic.slug, page: 1 }), class: 'chip', 'data-topic': topic.slug }, topic.name))
  );

const markCurrentTopic = (filter: HTMLElement, topic: string | undefined) => {
  filter.querySelectorAll<HTMLAnchorElement>('a[data-topic]').forEach((chip) => {
    if (chip.dataset.topic === (topic ?? '')) chip.setAttribute('aria-current', 'true');
    else chip.removeAttribute('aria-current');
  });
};

// What the CMS enforces on every article (the publish guard), said to readers.
const promises = () =>
  el(
    'aside',
    { class: 'hero__panel', 'aria-label': 'How we write' },
    el('h2', {}, 'How we write'),
    el(
      'ul',
      { class: 'checks' },
      el('li', {}, 'Every article is checked by a registered clinician before it goes live'),
      el('li', {}, 'Written by therapists who treat runners every week'),
      el('li', {}, 'Claims come with their sources, and we say when evidence is thin')
    )
  );

/** The home page: newest articles, narrowed by topic in place, with the topic in the address. */
export const renderHomePage = async (client: WellnessClient) => {
  const description = document.querySelector<HTMLMetaElement>('meta[name="description"]')?.content;
  setPageMeta({ description });
  setJsonLd(null);
  const topics = (await client.topics()).data;

  const status = el('p', { class: 'list-status', role: 'status', 'aria-live': 'polite' });
  const list = el('div', { class: 'article-list', 'data-list': 'articles' });
  const filter = topicFilter(topics);
  const heading = el('h2', { id: 'latest-heading' }, 'Latest articles');

  // Each load remembers its turn: a slow answer for a topic the reader has left is dropped.
  let latestLoad = 0;
  const load = async ({ topic, page }: Filter) => {
    const turn = ++latestLoad;
    markCurrentTopic(filter, topic);
    list.setAttribute('aria-busy', 'true');
    const { data, meta } = await client.latestArticles({ topic, page, pageSize: PAGE_SIZE });
    if (turn !== latestLoad) return;
    const topicName = topics.find((candidate) => candidate.slug === topic)?.name;
    heading.textContent = topicName ? `Latest on ${topicName.toLowerCase()}` : 'Latest articles';
    status.textContent = `${plural(meta.pagination.total, 'article', 'articles')}${topicName ? ` about ${topicName.toLowerCase()}` : ''}`;
    list.replaceChildren(
      data.length > 0 ? cardGrid(data) : el('p', { class: 'empty' }, 'Nothing published on this topic yet.'),
      pagination(meta.pagination, (target) => hrefFor({ topic, page: target }), 'Article pages') ?? ''
    );
    list.removeAttribute('aria-busy');
  };

  const reload = () =>
    load(readFilter()).catch((error: Error) => {
      list.removeAttribute('aria-busy');
      list.replaceChildren(el('p', { class: 'notice notice--error', role: 'alert' }, `The articles could not be loaded: ${error.message}`));
    });
  filter.addEventListener('click', (event) => {
    const chip = (event.target as Element).closest<HTMLAnchorElement>('a[data-topic]');
    if (!chip || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    window.history.pushState({}, '', chip.href);
    void reload();
  });
  window.addEventListener('popstate', () => void reload());

  showInMain(
    el(
      'section',
      { class: 'hero' },
      el(
        'div',
        { class: 'container hero__inner' },
        el(
          'div',
          {},
          el('p', { class: 'eyebrow' }, 'Sports massage & physiotherapy'),
          el('h1', {}, 'Train well, recover well'),
          el('p', { class: 'lede' }, description ?? ''),
          el(
            'p',
            { class: 'hero__actions' },
            el('a', { href: '/clinics', class: 'button' }, 'Find a clinic near you'),
            el('a', { href: '#latest-heading', class: 'button button--ghost' }, 'Read the latest advice')
          )
        ),
        promises()
      )
    ),
    el(
      'section',
      { class: 'container section', 'aria-labelledby': 'latest-heading' },
      el('div', { class: 'section__head' }, heading, status),
      filter,
      list
    )
  );
  await load(readFilter());
};
