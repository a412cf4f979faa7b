import type { WordPressPost } from './wordpress-export';

const MAX_TITLE = 70;
const MAX_DESCRIPTION = 170;

type Context = { title: string; excerpt: string; category: string };

// Yoast writes %%title%%, Rank Math %title%; both know the same few variables.
const VARIABLE = /%%?([a-z_]+)%%?/gi;

// The site's name and separator are left out: every front-end adds its own name its own way.
const fill = (template: string, context: Context) => {
  const values: Record<string, string> = {
    title: context.title,
    sitename: '',
    sep: '',
    excerpt: context.excerpt,
    excerpt_only: context.excerpt,
    category: context.category,
    primary_category: context.category,
    currentyear: String(new Date().getFullYear()),
  };
  return template
    .replace(VARIABLE, (_, name: string) => values[name.toLowerCase()] ?? '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s|–—:-]+|[\s|–—:-]+$/g, '')
    .trim();
};

/** At most `limit` characters, cut at a word so no word is left half. */
const fitted = (text: string, limit: number) => {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit + 1);
  const space = cut.lastIndexOf(' ');
  return (space > limit / 2 ? cut.slice(0, space) : text.slice(0, limit)).replace(/[\s,;:–-]+$/, '');
};

/**
 * The SEO component from Yoast's or Rank Math's fields, their title variables filled in; a title
 * that only repeats the post's own (the plugins' default template) is no SEO title at all.
 * Undefined when the post has neither plugin's fields.
 */
export const seoOf = (post: WordPressPost) => {
  const template = post.meta._yoast_wpseo_title ?? post.meta.rank_math_title ?? '';
  const description = (post.meta._yoast_wpseo_metadesc ?? post.meta.rank_math_description ?? '').trim();
  const context = { title: post.title, excerpt: post.excerpt, category: post.categories[0] ?? '' };
  const title = fitted(fill(template, context), MAX_TITLE);
  const filledDescription = fitted(fill(description, context), MAX_DESCRIPTION);
  const seo = {
    ...(title && title !== post.title ? { metaTitle: title } : {}),
    ...(filledDescription ? { metaDescription: filledDescription } : {}),
  };
  return Object.keys(seo).length > 0 ? seo : undefined;
};
