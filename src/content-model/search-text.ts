import { blockText } from './rich-text/block-text';
import type { Block } from './rich-text/blocks';

/** The text of one document as the index stores it, column by column (weighted in that order). */
export type SearchText = { title: string; aliases: string; summary: string; body: string };

type Document = Record<string, unknown>;
export type SearchType = 'article' | 'condition' | 'benefit';
/**
 * How site search finds a type: the kind of hit, what to load, and the text it is found by.
 * `few` marks reference pages a clinic has tens of (conditions, benefits): every match of those
 * is ranked, however old; articles run to thousands and are ranked among their newest matches.
 */
export type Searchable = { type: SearchType; populate: object; few: boolean; text: (document: Document) => SearchText };

const blocksText = (value: unknown) => (Array.isArray(value) ? (value as Block[]).map(blockText).join('\n') : '');
const aliasesText = (value: unknown) => (Array.isArray(value) ? value.map((alias: { name?: string }) => alias.name ?? '').join('\n') : '');
const faqText = (value: unknown) =>
  Array.isArray(value)
    ? value.map((item: { question?: string; answer?: string }) => `${item.question ?? ''}\n${item.answer ?? ''}`).join('\n')
    : '';
const joined = (...parts: string[]) => parts.filter(Boolean).join('\n');

export const ARTICLE_SEARCH: Searchable = {
  type: 'article',
  populate: { faq: true },
  few: false,
  text: (article) => ({
    title: String(article.title ?? ''),
    aliases: '',
    summary: String(article.excerpt ?? ''),
    body: joined(blocksText(article.body), faqText(article.faq)),
  }),
};

export const CONDITION_SEARCH: Searchable = {
  type: 'condition',
  populate: { alsoKnownAs: true },
  few: true,
  text: (condition) => ({
    title: String(condition.name ?? ''),
    aliases: aliasesText(condition.alsoKnownAs),
    summary: String(condition.summary ?? ''),
    body: joined(blocksText(condition.symptoms), blocksText(condition.whenToSeeClinician)),
  }),
};

export const BENEFIT_SEARCH: Searchable = {
  type: 'benefit',
  populate: { alsoKnownAs: true },
  few: true,
  text: (benefit) => ({
    title: String(benefit.name ?? ''),
    aliases: aliasesText(benefit.alsoKnownAs),
    summary: String(benefit.summary ?? ''),
    body: blocksText(benefit.description),
  }),
};
