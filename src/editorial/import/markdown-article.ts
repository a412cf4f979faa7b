import { markdownToBlocks } from '../../content-model/rich-text/markdown-to-blocks';
import type { ArticleSource } from './article-source';
import { hasText } from '../../content-model/rich-text/block-text';
import { chromeRuleFor } from './chrome-rules';

const FRONT_MATTER = /^---[ ]*\n(?<yaml>[\s\S]*?)\n(?:---|\.\.\.)[ ]*(?:\n|$)/;
const FRONT_MATTER_TITLE = /^title:[ ]*(?<title>.+)$/m;
// CommonMark knows only "-", "*" and "+" as bullets; exports pasted from word processors use these.
// ![alt text](path "title")
const MARKDOWN_IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]*)>?[^)]*\)/g;
const TYPOGRAPHIC_BULLET = /^([ ]{0,3})[•·▪‣◦●○■□➢➤►✓✔–][ ]+/gmu;

const unquote = (value: string): string =>
  value
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2')
    .trim();

/**
 * A line of site chrome ("Share this post", "Filed under: ...") written straight under article
 * text would join its paragraph (a soft line break); set apart, chrome removal sees it alone.
 */
const standAlone = (markdown: string) =>
  markdown
    .split('\n')
    .map((line) => (line.trim() !== '' && !/^\s*[-*+#>|]/.test(line) && chromeRuleFor(line) ? `\n${line}\n` : line))
    .join('\n');

/**
 * A Markdown export as blocks. A YAML front-matter title is the best title there is; images
 * (which the blocks converter leaves as empty paragraphs) are dropped.
 */
export const readMarkdownArticle = (source: string): ArticleSource => {
  const frontMatter = FRONT_MATTER.exec(source);
  const titleLine = frontMatter?.groups ? FRONT_MATTER_TITLE.exec(frontMatter.groups.yaml) : null;
  const body = standAlone((frontMatter ? source.slice(frontMatter[0].length) : source).replace(TYPOGRAPHIC_BULLET, '$1- '));
  const images = [...body.matchAll(MARKDOWN_IMAGE)]
    .map((match) => ({ src: match[2], alt: match[1].trim() }))
    .filter((image) => image.alt !== '');
  return {
    images,
    blocks: markdownToBlocks(body).filter(hasText),
    statedTitle: titleLine?.groups ? unquote(titleLine.groups.title) : undefined,
    removed: [],
  };
};
