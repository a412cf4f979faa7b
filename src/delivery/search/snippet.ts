import { escapeHtml } from '../escape-html';

// The database marks matches with these control characters, which never occur in indexed text:
// the snippet is escaped as a whole first, so only our <mark> tags are markup.
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

/** A snippet as safe HTML: everything escaped, matched words wrapped in <mark>. */
export const snippetHtml = (raw: string | null | undefined) =>
  escapeHtml(raw ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replaceAll(MATCH_START, '<mark>')
    .replaceAll(MATCH_END, '</mark>');
