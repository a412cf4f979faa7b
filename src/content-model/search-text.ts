import type { UID } from '@strapi/strapi';
import { blockText } from './rich-text/block-text';
import type { Block } from './rich-text/blocks';

/** The text of one document as the index stores it, column by column (weighted in that order). */
export type SearchText = { title: string; aliases: string; summary: string; body: string };

type Document = Record<string, unknown>;
type Searchable = { type: 'article' | 'condition' | 'benefit'; populate: object; text: (document: Document) => SearchText };

const blocksText = (value: unknown) => (Array.isArray(value) ? (value as Block[]).map(blockText).join('\n') : '');
const aliasesText = (value: unknown) => (Array.isArray(value) ? value.map((alias: { name?: string }) => alias.name ?? '').join('\n') : '');
const faqText = (value: unknown) =>
  Array.isArray(value) ? value.map((item: { question?: string; answer?: string }) => `${item.question ?? ''}\n${item.answer ?? ''}`).join('\n') : '';
const joined = (...parts: string[]) => parts.filter(Boolean).join('\n');

/** What site search covers: the three kinds of page readers look for help on. */
export const SEARCHABLE: Partial<Record<UID.ContentType, Searchable>> = {
  'api::article.article': {
    type: 'article',
    populate: { faq: true },
    text: (article) => ({
      title: String(article.title ?? ''),
      aliases: '',
      summary: String(article.excerpt ?? ''),
      body: joined(blocksText(article.body), faqText(article.faq)),
    }),
  },
  'api::condition.condition': {
    type: 'condition',
    populate: { alsoKnownAs: true },
    text: (condition) => ({
      title: String(condition.name ?? ''),
      aliases: aliasesText(condition.alsoKnownAs),
      summary: String(condition.summary ?? ''),
      body: joined(blocksText(condition.symptoms), blocksText(condition.whenToSeeClinician)),
    }),
  },
  'api::benefit.benefit': {
    type: 'benefit',
    populate: { alsoKnownAs: true },
    text: (benefit) => ({
      title: String(benefit.name ?? ''),
      aliases: aliasesText(benefit.alsoKnownAs),
      summary: String(benefit.summary ?? ''),
      body: blocksText(benefit.description),
    }),
  },
};

export type SearchType = Searchable['type'];
export const SEARCH_TYPES = Object.values(SEARCHABLE).map((searchable) => searchable!.type);
export const uidOfSearchType = (type: SearchType) =>
  (Object.keys(SEARCHABLE) as UID.ContentType[]).find((uid) => SEARCHABLE[uid]!.type === type)!;
