import type { WellnessClient } from '../client/index.js';
import { articleView } from './article-view.js';
import { cardGrid } from './components.js';
import { el, showInMain } from './dom.js';
import { setJsonLd, setPageMeta } from './head.js';

const RELATED_LIMIT = 3;

/** What to read next, loaded after the article so a slow ranking never holds the page up. */
const relatedSection = (client: WellnessClient, slug: string) => {
  const container = el(
    'section',
    { class: 'section related', 'aria-labelledby': 'related-heading', hidden: true },
    el('h2', { id: 'related-heading' }, 'Read next')
  );
  client
    .relatedArticles(slug, RELATED_LIMIT)
    .then(({ data }) => {
      if (data.length === 0) return;
      container.appendChild(cardGrid(data));
      container.hidden = false;
    })
    // Related reading is a nicety: without it the article is still whole.
    .catch(() => undefined);
  return container;
};

export const renderArticlePage = async (client: WellnessClient, slug: string) => {
  const { data: article, meta } = await client.article(slug);
  setPageMeta({
    title: article.seo?.metaTitle || article.title,
    description: article.seo?.metaDescription || article.excerpt,
    // The editor's noindex, or a lapsed review under REVIEW_OVERDUE_ACTION=noindex.
    noIndex: meta.robots === 'noindex',
  });
  setJsonLd(meta.jsonLd);
  showInMain(articleView(article, { after: relatedSection(client, slug), review: meta.review }));
};
