import type { Block } from '../../content-model/rich-text/blocks';
import { blockText, inlineText, countWords } from '../../content-model/rich-text/block-text';
import { chromeRuleFor, type ChromeRule } from './chrome-rules';

type Zone = { kind: NonNullable<ChromeRule['startsZone']>; level: number };

const headingLevel = (block: Block): number | undefined => (block.type === 'heading' ? block.level : undefined);

// Clinic pages put related teasers and booking asks after the article. A teaser zone lasts
// until a heading that outranks its own heading (usually the end of the page). A booking zone,
// opened only by a booking heading, lasts while short lines follow: a real paragraph or a
// heading is article text again.
const MAX_CTA_ZONE_WORDS = 20;

const endsZone = (zone: Zone, block: Block): boolean => {
  const level = headingLevel(block);
  if (zone.kind === 'related') return level !== undefined && level < zone.level;
  return block.type !== 'paragraph' || countWords(blockText(block)) > MAX_CTA_ZONE_WORDS;
};

const zoneStartedBy = (rule: ChromeRule, block: Block): Zone | undefined => {
  if (!rule.startsZone || (rule.startsZone === 'cta' && block.type !== 'heading')) return undefined;
  return { kind: rule.startsZone, level: headingLevel(block) ?? 2 };
};

/** A list keeps its article items; a list made only of chrome (share links, menus) goes. */
const withoutChromeItems = (block: Block, removed: string[]): Block | undefined => {
  if (block.type !== 'list') return block;
  const items = block.children.filter((item) => {
    // The importer flattens nested lists; one from elsewhere counts as one item.
    const text = item.type === 'list' ? blockText(item) : inlineText(item.children);
    const isChrome = text === '' || chromeRuleFor(text) !== undefined;
    if (isChrome && text !== '') removed.push(text);
    return !isChrome;
  });
  return items.length > 0 ? { ...block, children: items } : undefined;
};

/**
 * The blocks that belong to the article, and the text of every block or list item taken out as
 * site chrome, in document order.
 */
export const removeChrome = (blocks: Block[]): { kept: Block[]; removed: string[] } => {
  const kept: Block[] = [];
  const removed: string[] = [];
  let zone: Zone | undefined;
  for (const block of blocks) {
    const text = blockText(block);
    if (zone && !endsZone(zone, block)) {
      removed.push(text);
      continue;
    }
    zone = undefined;
    const rule = block.type === 'list' ? undefined : chromeRuleFor(text);
    if (rule) {
      removed.push(text);
      zone = zoneStartedBy(rule, block);
      continue;
    }
    const cleaned = withoutChromeItems(block, removed);
    if (cleaned) kept.push(cleaned);
  }
  return { kept, removed };
};
