import slugify from 'slugify';

/** The URL form of a title: lower case, ASCII letters, digits and hyphens only. */
export const toSlug = (text: string): string => slugify(text, { lower: true, strict: true, trim: true, locale: 'en' });

/**
 * The first of base, base-2, base-3 ... that is not in `taken`.
 * `maxLength` keeps room for the suffix so a long title never yields an invalid slug.
 */
export const firstFreeSlug = (base: string, taken: ReadonlySet<string>, maxLength: number): string => {
  const trimmed = base.slice(0, maxLength).replace(/-+$/, '');
  if (!taken.has(trimmed)) return trimmed;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${trimmed.slice(0, maxLength - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
};
