import type { Benefit, Condition, Topic } from '../client/index.js';
import { renderBlocks } from './blocks.js';
import { badge, pageHeader, section } from './components.js';
import { el, type Child } from './dom.js';
import { bodyRegionLabel, evidenceLabel } from './format.js';

export type TermKind = 'topic' | 'condition' | 'benefit';
export type Term = { kind: 'topic'; term: Topic } | { kind: 'condition'; term: Condition } | { kind: 'benefit'; term: Benefit };

const alsoKnownAs = (names: Array<{ name: string }>) =>
  names.length > 0
    ? el(
        'p',
        { class: 'also-known-as' },
        'Also known as ',
        names.map((alias, index) => [index > 0 ? ', ' : '', el('em', {}, alias.name)])
      )
    : null;

const linkedTerms = (prefix: string, terms: Array<{ name: string; slug: string; summary: string | null; evidenceLevel?: string | null }>) =>
  el(
    'ul',
    { class: 'term-cards' },
    terms.map((term) =>
      el(
        'li',
        { class: 'term-card' },
        el('h3', {}, el('a', { href: `${prefix}/${encodeURIComponent(term.slug)}` }, term.name)),
        term.evidenceLevel ? badge(evidenceLabel(term.evidenceLevel), term.evidenceLevel) : null,
        term.summary ? el('p', {}, term.summary) : null
      )
    )
  );

const conditionDetails = (condition: Condition): Child[] => [
  (condition.symptoms ?? []).length > 0
    ? section('Symptoms', 'symptoms-heading', el('div', { class: 'prose' }, renderBlocks(condition.symptoms, 3)))
    : null,
  (condition.whenToSeeClinician ?? []).length > 0
    ? el(
        'section',
        { class: 'callout', 'aria-labelledby': 'clinician-heading' },
        el('h2', { id: 'clinician-heading' }, 'When to see a clinician'),
        el('div', { class: 'prose' }, renderBlocks(condition.whenToSeeClinician, 3))
      )
    : null,
  (condition.benefits ?? []).length > 0
    ? section('How massage may help', 'benefits-heading', linkedTerms('/benefits', condition.benefits))
    : null,
];

const benefitDetails = (benefit: Benefit): Child[] => [
  (benefit.description ?? []).length > 0
    ? section('What the evidence says', 'evidence-heading', el('div', { class: 'prose' }, renderBlocks(benefit.description, 3)))
    : null,
  (benefit.conditions ?? []).length > 0
    ? section('Conditions it may help with', 'conditions-heading', linkedTerms('/conditions', benefit.conditions))
    : null,
];

const EYEBROW: Record<TermKind, string> = { topic: 'Topic', condition: 'Condition', benefit: 'Benefit of massage' };

/** A topic, condition or benefit: what it is, then whatever `articles` holds. */
export const termView = (subject: Term, articles: Child, banner?: Child) => {
  const { kind, term } = subject;
  const eyebrow = [EYEBROW[kind], kind === 'condition' && term.bodyRegion ? ` · ${bodyRegionLabel(term.bodyRegion)}` : ''];
  const lede = kind === 'topic' ? term.description : term.summary;
  return el(
    'div',
    { class: 'container', 'data-page': kind },
    banner,
    pageHeader({
      eyebrow,
      title: term.name,
      lede,
      extra: [
        kind !== 'topic' ? alsoKnownAs(term.alsoKnownAs ?? []) : null,
        kind === 'benefit' && term.evidenceLevel ? badge(evidenceLabel(term.evidenceLevel), term.evidenceLevel) : null,
      ],
    }),
    el('div', { class: 'term-details' }, kind === 'condition' ? conditionDetails(term) : kind === 'benefit' ? benefitDetails(term) : null),
    articles
  );
};
