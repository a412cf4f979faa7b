import { isCallToAction } from './call-to-action';
import { foldForComparison } from './normalise-source';
import { countWords } from '../../content-model/rich-text/block-text';

/** Why a line is site chrome. A zone rule also removes the teasers or asks that follow it. */
export type ChromeRule = { id: string; startsZone?: 'related' | 'cta' };

type LineRule = ChromeRule & { pattern: RegExp; maxWords?: number };

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';

// Each pattern runs on the whole line, folded (lower case, straight quotes). maxWords keeps a
// rule off real sentences that happen to start the same way.
const LINE_RULES: LineRule[] = [
  {
    id: 'related-posts',
    startsZone: 'related',
    pattern:
      /^(?:related (?:posts?|articles?|reading|stories|content|blogs?)|you (?:may|might|will) also (?:like|enjoy)|recommended (?:for you|reading|posts?|articles?)|more (?:from (?:the|our) blog|articles?|posts?|stories)(?: like this)?|similar (?:posts?|articles?)|read (?:this )?next|(?:latest|recent|popular) (?:posts?|articles?|news|from (?:the|our) blog))\s*:?$/,
  },
  {
    id: 'booking-heading',
    startsZone: 'cta',
    pattern:
      /^(?:book (?:your |an |a )?(?:appointment|session|consultation|massage|treatment|visit)(?: today| now| online)?|book (?:now|today|online)|ready to (?:book|get started)\??|(?:schedule|request|make) (?:your|an|a) (?:appointment|visit|session)(?: today)?)\s*[!.]?$/,
  },
  { id: 'read-more', maxWords: 12, pattern: /^(?:read|learn|find out|discover) more\b|^(?:continue|keep) reading\b|^click here\b/ },
  { id: 'teaser', pattern: /(?:\.\.\.|…|\[(?:\.\.\.|…)\])\s*(?:read more|continue reading)\b[^a-z]*$/ },
  {
    id: 'back-link',
    maxWords: 10,
    pattern: /^[^a-z]*(?:back|return|go back) to (?:the |our |main |all )*(?:blog|posts?|articles?|news|home|homepage|top|main)\b/,
  },
  {
    id: 'more-posts-link',
    maxWords: 10,
    pattern:
      /^(?:see|view|browse) (?:some |all )?(?:of )?(?:our|posts|articles|blogs?)\b|^[^a-z]*(?:previous|next|older|newer) (?:post|article|entry|entries|posts|articles)\b/,
  },
  { id: 'visit-site', maxWords: 15, pattern: /^(?:visit|explore|browse) (?:the rest of )?(?:our|the) (?:site|website|blog|homepage)\b/ },
  {
    id: 'comment-form',
    maxWords: 20,
    pattern:
      /^leave a (?:comment|reply)\b|^your email address will not be published|required fields are marked|^(?:post|submit) (?:a )?comment$|^cancel reply$|^save my name,? email|^\d+ (?:comments?|responses?|replies|thoughts)\b|^no comments(?: yet)?\b|^(?:name|email|e-mail|website|comment|message)\s*\*?$|^(?:log|sign) in to (?:reply|comment)|^comments? (?:are )?closed|^reply$/,
  },
  {
    id: 'cart-widget',
    maxWords: 8,
    pattern:
      /^add to (?:cart|basket|bag)\b|^(?:view|your) (?:cart|basket|bag)\b|^\d+ items?(?:\s*[-|]?\s*[£$€]\s?\d+(?:[.,]\d{2})?)?$|^(?:cart|basket|bag)\s*\(?\d*\)?$|^checkout$|^your (?:cart|basket) is empty|^no products in the (?:cart|basket)|^[£$€]\s?\d+(?:[.,]\d{2})?$/,
  },
  {
    id: 'page-widget',
    maxWords: 5,
    pattern:
      /^[^a-z]*(?:scroll|back|go) to top\b|^search(?: for)?:?$|^(?:menu|close|open menu|toggle navigation|skip to (?:main )?content)$/,
  },
  {
    id: 'share-buttons',
    maxWords: 6,
    pattern: /^share(?: this)?(?: (?:post|article|page|story))?(?: on \w+)?\s*:?$|^(?:tweet|pin it|copy link)$/,
  },
  {
    id: 'post-meta',
    maxWords: 15,
    pattern: new RegExp(
      `^(?:posted|filed|listed) (?:in|under|on)\\b|^(?:tags?|tagged|categories|category)\\s*:|^(?:last updated|updated on|updated|published on|published|posted)\\s*:?\\s*(?:\\d|${MONTH})`
    ),
  },
  {
    id: 'cookie-notice',
    maxWords: 45,
    pattern:
      /\bcookies?\b.*\b(?:accept|agree|consent|settings|preferences|policy|experience)\b|^(?:accept|reject|decline|manage)(?: all)?(?: cookies)?$/,
  },
  {
    id: 'newsletter',
    maxWords: 20,
    pattern:
      /^(?:sign up|subscribe|join|get)(?: up)?(?: to| for)? (?:our|the) (?:newsletter|mailing list)\b|^subscribe(?: now)?$|^(?:email|e-mail) address\s*\*?$|^no spam\b|\bno spam\.?$|\bunsubscribe (?:at )?any ?time\b/,
  },
  { id: 'reading-time', maxWords: 4, pattern: /^\d+\s*(?:min|mins|minutes?)(?: read| to read)?$/ },
  { id: 'copyright', maxWords: 25, pattern: /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b/ },
  { id: 'site-credit', maxWords: 8, pattern: /^(?:website|site|web design|designed|built|powered) by\b/ },
  { id: 'post-navigation', maxWords: 15, pattern: /^(?:previous|next|older|newer)(?: post| article| story)?\s*:/ },
  {
    id: 'date-line',
    pattern: new RegExp(`^(?:${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}(?:st|nd|rd|th)? ${MONTH},? \\d{4}|\\d{4}-\\d{2}-\\d{2})$`),
  },
];

// Alt text or file names left behind where an image was: "post-footer-image", "hero_banner.jpg", "[image]".
const IMAGE_WORDS = new Set([
  'image',
  'img',
  'photo',
  'pic',
  'picture',
  'banner',
  'thumbnail',
  'thumb',
  'icon',
  'placeholder',
  'cta',
  'hero',
  'logo',
  'graphic',
]);

const isImagePlaceholder = (folded: string): boolean => {
  const bare = folded.replace(/^\[(.*)\]$/, '$1').replace(/\.(?:jpe?g|png|gif|webp|svg|avif)$/, '');
  if (bare !== folded && !/\s/.test(bare)) return true;
  if (/^[a-z0-9]+(?:[-_][a-z0-9]+)+$/.test(bare)) return bare.split(/[-_]/).some((part) => IMAGE_WORDS.has(part));
  return IMAGE_WORDS.has(bare) || /^(?:image|photo|picture) placeholder$/.test(bare);
};

const SOCIAL_NETWORKS = [
  'facebook',
  'twitter',
  'x',
  'linkedin',
  'pinterest',
  'whatsapp',
  'reddit',
  'instagram',
  'youtube',
  'tiktok',
  'threads',
  'bluesky',
  'messenger',
  'telegram',
];
const SHARE_WORDS = new Set([...SOCIAL_NETWORKS, 'share', 'tweet', 'pin', 'it', 'email', 'e-mail', 'print', 'copy', 'link', 'on', 'via']);

// "Facebook Twitter Email", "Share: Facebook | X", or one network per list item.
const isSocialButtonRow = (folded: string): boolean => {
  const words = folded.split(/[\s,|·•/:]+/).filter(Boolean);
  if (words.length === 1) return SOCIAL_NETWORKS.includes(words[0]);
  return words.length >= 2 && words.every((word) => SHARE_WORDS.has(word));
};

// "Home > Blog > Runners", "Home / Blog / Massage": a trail of short links.
const CRUMB_SEPARATOR = /\s*(?:>|›|»|→|\/|\||::)\s*/;

const isBreadcrumbTrail = (folded: string): boolean => {
  const crumbs = folded.split(CRUMB_SEPARATOR).filter(Boolean);
  if (crumbs.length < 2 || crumbs.some((crumb) => countWords(crumb) > 10)) return false;
  return /^(?:home|blog|news|articles|index)$/.test(crumbs[0]) || (crumbs.length >= 3 && /[>›»→]/.test(folded));
};

// "By Jane Doe | 3 March 2024": a byline, judged on the original case. No "i" flag: with it
// \p{Lu} would accept "By the end of the month" as a name.
const BYLINE = /^(?:[Bb]y|[Ww]ritten by|[Aa]uthor:)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:$|[|·•—–,-])/u;
const isByline = (line: string): boolean => countWords(line) <= 10 && BYLINE.test(line);

/** The rule that marks one line of text (a paragraph, heading or list item) as chrome, if any. */
export const chromeRuleFor = (line: string): ChromeRule | undefined => {
  const folded = foldForComparison(line);
  if (folded === '') return undefined;
  const words = countWords(folded);
  const rule = LINE_RULES.find(({ pattern, maxWords }) => (maxWords === undefined || words <= maxWords) && pattern.test(folded));
  if (rule) return { id: rule.id, startsZone: rule.startsZone };
  if (isImagePlaceholder(folded)) return { id: 'image-placeholder' };
  if (isSocialButtonRow(folded)) return { id: 'share-buttons' };
  if (isBreadcrumbTrail(folded)) return { id: 'breadcrumbs' };
  if (isByline(line)) return { id: 'byline' };
  if (isCallToAction(line)) return { id: 'call-to-action' };
  return undefined;
};
