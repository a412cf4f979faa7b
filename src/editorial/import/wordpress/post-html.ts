import { FAQ_HEADING } from '../page-sections';

const BLOCK_START = /^<(?:h[1-6]|p|ul|ol|dl|table|blockquote|div|figure|pre|hr|section|details|address|iframe|form)\b/i;
// [caption id="attachment_12" align="aligncenter" width="800"]<img ... /> The caption[/caption]
const CAPTION = /\[caption\b[^\]]*\]\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)\s*([\s\S]*?)\[\/caption\]/gi;
// [name attr="…"], [/name], and bare [name] when the page also closes it: anything else in
// brackets ("[1]", "[sic]") is the author's text.
const SHORTCODE = /\[\/?([a-z][\w-]*)(\s[^\]]*)?\]/gi;
const FAQ_BLOCK = /<div class="(?:schema-faq|rank-math-faq|wp-block-rank-math-faq)[^"]*"/i;

/** Shortcodes a plugin renders (forms, galleries, embeds): reported as removed, their inner text kept. */
const removeShortcodes = (html: string, removed: string[]) => {
  const closed = new Set([...html.matchAll(/\[\/([a-z][\w-]*)\]/gi)].map((match) => match[1].toLowerCase()));
  return html.replace(SHORTCODE, (whole, name: string, attributes?: string) => {
    const isShortcode = whole.startsWith('[/') || /=/.test(attributes ?? '') || closed.has(name.toLowerCase()) || name.includes('-');
    if (!isShortcode) return whole;
    if (!whole.startsWith('[/')) removed.push(whole);
    return '';
  });
};

/** The classic editor stores paragraphs as blank-line-separated text; WordPress adds the <p> when it renders (wpautop). */
const addParagraphs = (html: string) =>
  html
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK_START.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br>\n')}</p>`))
    .join('\n');

const HEADING_BEFORE = /(?:<!--\s*wp:heading\b[^>]*-->\s*)?<h[2-4][^>]*>([\s\S]*?)<\/h[2-4]>\s*(?:<!--\s*\/wp:heading\s*-->\s*)?$/;
const FAQ_EDITOR_BLOCK = /<!--\s*wp:(yoast\/faq-block|rank-math\/faq-block)\b[\s\S]*?<!--\s*\/wp:\1\s*-->/;

/**
 * Yoast's and Rank Math's FAQ blocks are FAQs whatever stands above them. The block is moved to
 * the end, where nothing after it can pass for its last answer: it becomes the FAQ component, so
 * its place in the body does not matter.
 */
const headFaqBlock = (content: string) => {
  const block = FAQ_EDITOR_BLOCK.exec(content);
  let html = content;
  if (block) {
    // Its own heading, standing right above it, goes with it.
    const heading = HEADING_BEFORE.exec(content.slice(0, block.index));
    const start = heading && FAQ_HEADING.test(heading[1].replace(/<[^>]+>/g, '').trim()) ? heading.index : block.index;
    const moved = content.slice(start, block.index + block[0].length);
    html = `${content.slice(0, start)}${content.slice(block.index + block[0].length)}\n${moved}`;
  }
  const match = FAQ_BLOCK.exec(html);
  if (!match) return html;
  const headings = [...html.slice(0, match.index).matchAll(/<h[2-4][^>]*>([\s\S]*?)<\/h[2-4]>/gi)];
  const last =
    headings
      .at(-1)?.[1]
      .replace(/<[^>]+>/g, '')
      .trim() ?? '';
  if (FAQ_HEADING.test(last)) return html;
  return `${html.slice(0, match.index)}<h2>Frequently asked questions</h2>${html.slice(match.index)}`;
};

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A post's stored content as the page WordPress would render, for the importer's HTML reader:
 * paragraphs added to classic-editor text, captions as figures, plugin shortcodes taken out (and
 * reported), the title as the article's h1.
 */
export const postAsHtmlPage = (title: string, content: string): { html: string; removedShortcodes: string[] } => {
  const removedShortcodes: string[] = [];
  const isBlockEditor = /<!--\s*wp:/.test(content);
  const withFigures = content.replace(
    CAPTION,
    (_, image: string, caption: string) => `<figure>${image}<figcaption>${caption.trim()}</figcaption></figure>`
  );
  const withoutShortcodes = removeShortcodes(withFigures, removedShortcodes);
  const body = headFaqBlock(isBlockEditor ? withoutShortcodes : addParagraphs(withoutShortcodes));
  const safeTitle = escapeHtml(title);
  return {
    html: `<!doctype html><html><head><title>${safeTitle}</title></head><body><article><h1>${safeTitle}</h1>\n${body}\n</article></body></html>`,
    removedShortcodes,
  };
};
