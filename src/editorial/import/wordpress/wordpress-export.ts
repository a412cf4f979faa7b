import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { getChildren, isTag, textContent } from 'domutils';

/** What a WordPress export (WXR, Tools → Export) says about one post or page. */
export type WordPressPost = {
  id: number;
  type: string;
  status: string;
  title: string;
  /** The public address it had; the `?p=` form for posts that never went live. */
  link: string;
  slug: string;
  html: string;
  excerpt: string;
  /** When WordPress published it, in UTC (ISO 8601); undefined for drafts that never were. */
  publishedAt?: string;
  authorLogin: string;
  categories: string[];
  tags: string[];
  meta: Record<string, string>;
};

export type WordPressAuthor = { login: string; displayName: string; email: string };
export type WordPressAttachment = { id: number; url: string; file: string; alt: string; title: string };

export type WordPressExport = {
  site: { title: string; link: string };
  authors: Map<string, WordPressAuthor>;
  attachments: Map<number, WordPressAttachment>;
  /** Items of the types asked for, in the export's order. */
  posts: WordPressPost[];
  /** How many items of every other type (revisions, menu items, pages unless asked) were left out. */
  leftOut: Record<string, number>;
};

export class NotAWordPressExport extends Error {}

const childrenNamed = (parent: Element, name: string) =>
  getChildren(parent).filter((child): child is Element => isTag(child) && child.name === name);
const text = (parent: Element, name: string) => {
  const [child] = childrenNamed(parent, name);
  return child ? textContent(child).trim() : '';
};
// WordPress stores "&" in titles and excerpts as "&amp;" even inside CDATA: read them as HTML text.
const htmlText = (parent: Element, name: string) => textContent(parseDocument(text(parent, name))).trim();
const rawText = (parent: Element, name: string) => {
  const [child] = childrenNamed(parent, name);
  return child ? textContent(child) : '';
};

// "0000-00-00 00:00:00" is how WordPress writes "never".
const utcDate = (value: string) => {
  const match = value.match(/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/);
  if (!match || match[1].startsWith('0000')) return undefined;
  const date = new Date(`${match[1]}T${match[2]}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
};

const metaOf = (item: Element) =>
  Object.fromEntries(childrenNamed(item, 'wp:postmeta').map((meta) => [text(meta, 'wp:meta_key'), rawText(meta, 'wp:meta_value')]));

const termsOf = (item: Element, domain: string) =>
  childrenNamed(item, 'category')
    .filter((category) => category.attribs.domain === domain)
    .map((category) => textContent(parseDocument(textContent(category))).trim())
    .filter(Boolean);

const readPost = (item: Element): WordPressPost => {
  const status = text(item, 'wp:status');
  return {
    id: Number(text(item, 'wp:post_id')),
    type: text(item, 'wp:post_type'),
    status,
    title: htmlText(item, 'title'),
    link: text(item, 'link'),
    slug: text(item, 'wp:post_name'),
    html: rawText(item, 'content:encoded'),
    excerpt: htmlText(item, 'excerpt:encoded'),
    publishedAt: status === 'publish' || status === 'private' ? utcDate(text(item, 'wp:post_date_gmt')) : undefined,
    authorLogin: text(item, 'dc:creator'),
    categories: termsOf(item, 'category'),
    tags: termsOf(item, 'post_tag'),
    meta: metaOf(item),
  };
};

const readAttachment = (item: Element, meta: Record<string, string>): WordPressAttachment => ({
  id: Number(text(item, 'wp:post_id')),
  url: text(item, 'wp:attachment_url'),
  file: meta._wp_attached_file ?? '',
  alt: (meta._wp_attachment_image_alt ?? '').trim(),
  title: text(item, 'title'),
});

/**
 * Reads a WXR file: posts (and pages when asked) with their HTML, terms, author and meta; the
 * authors and the attachments featured images point to. Revisions, menu items, templates and
 * the rest are counted, not read. XML entities are decoded; no external entity is ever fetched.
 */
export const readWordPressExport = (xml: string, types: string[] = ['post']): WordPressExport => {
  const document = parseDocument(xml, { xmlMode: true });
  const rss = getChildren(document).find((node): node is Element => isTag(node) && node.name === 'rss');
  const [channel] = rss ? childrenNamed(rss, 'channel') : [];
  if (!channel || !text(channel, 'wp:wxr_version')) {
    throw new NotAWordPressExport(
      'This is not a WordPress export: expected an <rss> file with <wp:wxr_version>, as Tools → Export writes it.'
    );
  }
  const authors = new Map(
    childrenNamed(channel, 'wp:author').map((author) => {
      const login = text(author, 'wp:author_login');
      return [login, { login, displayName: text(author, 'wp:author_display_name') || login, email: text(author, 'wp:author_email') }];
    })
  );
  const attachments = new Map<number, WordPressAttachment>();
  const posts: WordPressPost[] = [];
  const leftOut: Record<string, number> = {};
  for (const item of childrenNamed(channel, 'item')) {
    const type = text(item, 'wp:post_type');
    if (type === 'attachment') {
      const attachment = readAttachment(item, metaOf(item));
      attachments.set(attachment.id, attachment);
    } else if (types.includes(type)) posts.push(readPost(item));
    else leftOut[type || '(no type)'] = (leftOut[type || '(no type)'] ?? 0) + 1;
  }
  return { site: { title: text(channel, 'title'), link: text(channel, 'link') }, authors, attachments, posts, leftOut };
};
