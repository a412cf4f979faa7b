// Exports from old CMSs and word processors carry Windows line endings, a byte-order mark,
// non-breaking and zero-width spaces. They are invisible to an editor but break every pattern
// that looks for a space or a line start, so they are settled once, before any reader runs.
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/g;
const INVISIBLES = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** The same text with Unix line endings, plain spaces and no invisible characters. */
export const normaliseSource = (content: string): string =>
  content.normalize('NFC').replace(LINE_BREAKS, '\n').replace(INVISIBLES, '').replace(ODD_SPACES, ' ').replace(/[ ]+$/gm, '');

const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u02bc`´]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033«»]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * A line folded for comparing against chrome phrases: lower case, straight quotes, plain
 * hyphens, single spaces. Never shown to anyone.
 */
export const foldForComparison = (text: string): string =>
  normaliseSource(text)
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
