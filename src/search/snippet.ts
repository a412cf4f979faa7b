// The database marks matches with these control characters, which never occur in indexed text:
// the snippet is escaped as a whole first, so only our <mark> tags are markup.
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A snippet as safe HTML: everything escaped, matched words wrapped in <mark>. */
export const snippetHtml = (raw: string | null | undefined) =>
  (raw ?? '')
    .replace(/[&<>"']/g, (char) => ESCAPES[char])
    .replace(/\s+/g, ' ')
    .trim()
    .replaceAll(MATCH_START, '<mark>')
    .replaceAll(MATCH_END, '</mark>');
