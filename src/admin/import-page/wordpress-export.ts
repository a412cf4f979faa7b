import type { WordPressImportSummary } from '../../editorial/import/wordpress/import-wordpress';

/** One post of an export, as a small export of its own: the channel's authors and terms, its featured image's attachment, the post. */
export type WordPressPart = { title: string; xml: string };

const childText = (item: Element, name: string) => item.getElementsByTagName(name)[0]?.textContent?.trim() ?? '';

/**
 * Cuts a WordPress export into one small export per post, so that the page can send them one at
 * a time: each request stays far under the body limit, and the page shows how far it has got.
 * The server reads each part exactly as it reads a whole export.
 */
export const splitWordPressExport = (xml: string): { parts: WordPressPart[]; leftOut: Record<string, number> } => {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  const rss = document.documentElement;
  const channel = rss?.getElementsByTagName('channel')[0];
  if (document.getElementsByTagName('parsererror').length > 0 || rss?.nodeName !== 'rss' || !channel) {
    throw new Error('This is not a WordPress export: expected an <rss> file, as Tools → Export writes it.');
  }
  const serializer = new XMLSerializer();
  const items = Array.from(channel.children).filter((child) => child.nodeName === 'item');
  const header = Array.from(channel.children)
    .filter((child) => child.nodeName !== 'item')
    .map((child) => serializer.serializeToString(child))
    .join('\n');
  const namespaces = Array.from(rss.attributes)
    .map((attribute) => `${attribute.name}="${attribute.value}"`)
    .join(' ');
  const attachments = new Map(
    items.filter((item) => childText(item, 'wp:post_type') === 'attachment').map((item) => [childText(item, 'wp:post_id'), item])
  );
  const thumbnailOf = (item: Element) =>
    Array.from(item.getElementsByTagName('wp:postmeta')).find((meta) => childText(meta, 'wp:meta_key') === '_thumbnail_id');

  const parts: WordPressPart[] = [];
  const leftOut: Record<string, number> = {};
  for (const item of items) {
    const type = childText(item, 'wp:post_type');
    if (type === 'attachment') continue;
    if (type !== 'post') {
      leftOut[type || '(no type)'] = (leftOut[type || '(no type)'] ?? 0) + 1;
      continue;
    }
    const thumbnail = thumbnailOf(item);
    const attachment = thumbnail ? attachments.get(childText(thumbnail, 'wp:meta_value')) : undefined;
    const body = [header, attachment ? serializer.serializeToString(attachment) : '', serializer.serializeToString(item)].join('\n');
    parts.push({
      title: childText(item, 'title') || `post ${childText(item, 'wp:post_id')}`,
      xml: `<?xml version="1.0" encoding="UTF-8"?>\n<rss ${namespaces}>\n<channel>\n${body}\n</channel>\n</rss>\n`,
    });
  }
  return { parts, leftOut };
};

/** What the page shows beside the table: the parts' reports added up. */
export type WordPressTotals = Pick<WordPressImportSummary, 'leftOut' | 'authorsCreated' | 'unmatchedTerms' | 'missingImages'> & {
  redirects: number;
  keptRedirects: Array<{ from: string; reason: string }>;
};

export const addWordPressReport = (totals: WordPressTotals, part: WordPressImportSummary): WordPressTotals => {
  const terms = new Map(totals.unmatchedTerms.map((term) => [`${term.kind}:${term.name}`, { ...term }]));
  for (const term of part.unmatchedTerms) {
    const known = terms.get(`${term.kind}:${term.name}`);
    if (known) known.posts += term.posts;
    else terms.set(`${term.kind}:${term.name}`, { ...term });
  }
  const leftOut = { ...totals.leftOut };
  for (const [type, count] of Object.entries(part.leftOut)) leftOut[type] = (leftOut[type] ?? 0) + count;
  return {
    leftOut,
    authorsCreated: [...totals.authorsCreated, ...part.authorsCreated],
    unmatchedTerms: [...terms.values()].sort((a, b) => b.posts - a.posts),
    missingImages: [...totals.missingImages, ...part.missingImages],
    redirects: totals.redirects + part.redirects.recorded,
    keptRedirects: [...totals.keptRedirects, ...part.redirects.kept],
  };
};
