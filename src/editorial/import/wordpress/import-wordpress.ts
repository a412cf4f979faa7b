import type { Core } from '@strapi/strapi';
import { actingAs } from '../../../platform/actors/current-actor';
import { importArticle, type ArticleImport } from '../import-article';
import { summariseOutcomes, type FileOutcome, type ImportSummary } from '../import-files';
import { loadTaxonomyIndex } from '../taxonomy-index';
import { featuredImage } from './featured-image';
import { postAsHtmlPage } from './post-html';
import { recordPermalink } from './permalink-redirects';
import { seoOf } from './seo-fields';
import { authorFinder, termFinder } from './authors-and-terms';
import { readWordPressExport, type WordPressExport, type WordPressPost } from './wordpress-export';

export type WordPressImportOptions = {
  /** The export's wp-content/uploads folder, for featured images. */
  uploadsDir?: string;
  /** Post types to bring in: posts only unless asked ("page" too, say). */
  types?: string[];
  onProgress?: (done: number, total: number, outcome: FileOutcome) => void;
};

export type WordPressImportSummary = ImportSummary & {
  site: { title: string; link: string };
  /** Items that are not posts (or of the types asked for): revisions, pages, menu items... */
  leftOut: Record<string, number>;
  authorsCreated: string[];
  /** Categories and tags that match no topic, condition or benefit, with how many posts carry each. */
  unmatchedTerms: Array<{ name: string; kind: 'category' | 'tag'; posts: number }>;
  missingImages: Array<{ post: string; file: string }>;
  redirects: { recorded: number; kept: Array<{ from: string; reason: string }> };
};

// Statuses WordPress keeps for posts nobody wrote: nothing to import.
const NOT_WRITTEN = new Set(['trash', 'auto-draft', 'inherit']);
const SOURCE_KEY_HOST = (link: string) => {
  try {
    return new URL(link).host.toLowerCase();
  } catch {
    return 'wordpress';
  }
};

const importPost = async (
  strapi: Core.Strapi,
  exported: WordPressExport,
  post: WordPressPost,
  context: {
    uploadsDir?: string;
    taxonomy: Awaited<ReturnType<typeof loadTaxonomyIndex>>;
    authors: ReturnType<typeof authorFinder>;
    terms: Awaited<ReturnType<typeof termFinder>>;
    summary: Pick<WordPressImportSummary, 'missingImages' | 'redirects'>;
  }
): Promise<ArticleImport> => {
  const { html } = postAsHtmlPage(post.title, post.html);
  const author = await context.authors(post.authorLogin);
  const attachment = exported.attachments.get(Number(post.meta._thumbnail_id));
  const image = attachment ? await featuredImage(strapi, attachment, context.uploadsDir, post.title) : undefined;
  if (image && 'missing' in image) context.summary.missingImages.push({ post: post.title, file: image.missing });
  const cover = image && 'fileId' in image ? { image: image.fileId, alt: image.alt } : undefined;
  const seo = seoOf(post);
  const data = {
    ...(post.excerpt ? { excerpt: post.excerpt } : {}),
    ...(author ? { author } : {}),
    ...(seo ? { seo } : {}),
    ...(cover ? { cover } : {}),
    originallyPublishedAt: post.publishedAt ?? null,
  };
  const imported = await importArticle(
    strapi,
    { fileName: `${post.slug || post.id}.html`, content: html, sourceKey: `wordpress:${SOURCE_KEY_HOST(exported.site.link)}:${post.id}` },
    context.taxonomy,
    {
      data,
      links: context.terms([
        ...post.categories.map((name) => ({ name, kind: 'category' as const })),
        ...post.tags.map((name) => ({ name, kind: 'tag' as const })),
      ]),
      slug: post.slug ? decodeURIComponent(post.slug) : undefined,
      hashInput: JSON.stringify({ ...data, cover: attachment?.file, author: post.authorLogin, terms: [post.categories, post.tags] }),
    }
  );
  // Only a post that was live had an address anyone links to.
  if (post.status === 'publish') {
    const recorded = await recordPermalink(strapi, post.link, imported.documentId);
    if (recorded === 'recorded') context.summary.redirects.recorded += 1;
    else if (recorded) context.summary.redirects.kept.push(recorded);
  }
  return imported;
};

/**
 * A WordPress export (WXR) as draft articles: each post's HTML through the same cleaning as a
 * file import, its categories and tags as topics, its author, excerpt, Yoast or Rank Math SEO
 * and featured image, its first publication date kept for reference, and its old address
 * recorded as a redirect. Keyed by site and post id: a second run changes nothing, and a
 * killed run leaves every post either imported whole or not at all.
 */
export const importWordPressExport = async (
  strapi: Core.Strapi,
  xml: string,
  options: WordPressImportOptions = {}
): Promise<WordPressImportSummary> => {
  const exported = readWordPressExport(xml, options.types);
  const taxonomy = await loadTaxonomyIndex(strapi);
  const authors = authorFinder(strapi, exported.authors);
  const terms = await termFinder(strapi, taxonomy);
  const summary = {
    missingImages: [] as WordPressImportSummary['missingImages'],
    redirects: { recorded: 0, kept: [] as WordPressImportSummary['redirects']['kept'] },
  };
  const outcomes: FileOutcome[] = [];
  const posts = exported.posts.filter((post) => !NOT_WRITTEN.has(post.status));
  for (const [index, post] of posts.entries()) {
    const file = post.link || `${exported.site.link}/?p=${post.id}`;
    let outcome: FileOutcome;
    try {
      outcome = {
        file,
        ...(await actingAs('import', () =>
          importPost(strapi, exported, post, { uploadsDir: options.uploadsDir, taxonomy, authors, terms, summary })
        )),
      };
    } catch (error) {
      outcome = { file, status: 'skipped', reason: (error as Error).message };
    }
    outcomes.push(outcome);
    options.onProgress?.(index + 1, posts.length, outcome);
  }
  const notWritten = exported.posts.length - posts.length;
  return {
    ...summariseOutcomes(outcomes),
    site: exported.site,
    leftOut: { ...exported.leftOut, ...(notWritten ? { 'trashed or auto-draft': notWritten } : {}) },
    authorsCreated: authors.created,
    unmatchedTerms: terms.unmatched(),
    ...summary,
  };
};
