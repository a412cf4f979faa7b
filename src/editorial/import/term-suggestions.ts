import { containsPhrase, normaliseForMatching } from '../../content-model/rich-text/phrase-matching';
import {
  BENEFIT_PATTERNS,
  ANATOMY_NOUNS,
  BODY_PART_HEADS,
  BODY_PARTS,
  CONDITION_SUFFIX,
  NAMED_CONDITIONS,
  NOT_CONDITIONS,
  OPEN_HEADS,
  POSITION_WORDS,
  STOP_WORDS,
} from './term-vocabulary';

export type TermSuggestion = { term: string; kind: 'condition' | 'benefit' };

type Word = { original: string; plain: string };

const MAX_OPEN_MODIFIERS = 3;
const MAX_BODY_MODIFIERS = 2;

// Phrases never run across punctuation: "back, hips and knee pain" yields "knee pain" only.
const wordRunsOf = (text: string): Word[][] =>
  text.split(/[.,;:!?()[\]{}"“”\n/…]|\s[-–—]\s/).map((clause) =>
    clause
      .split(/[\s\-‐–]+/)
      .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
      .filter(Boolean)
      .map((original) => ({ original, plain: normaliseForMatching(original).replace(/ /g, '') }))
  );

/** Lower case for display, except acronyms ("IT band syndrome", "ACL tear") in a phrase that is not all capitals. */
const displayForm = (words: Word[]): string => {
  const isShouting = words.every((word) => word.original === word.original.toUpperCase());
  return words
    .map(({ original }) => (/^[\p{Lu}]{2,5}$/u.test(original) && (!isShouting || words.length === 1) ? original : original.toLowerCase()))
    .join(' ');
};

const modifiersBefore = (run: Word[], head: number, accepts: (word: Word) => boolean, max: number): Word[] => {
  let start = head;
  while (start > 0 && head - start < max && accepts(run[start - 1])) start -= 1;
  return run.slice(start, head);
};

const isBodyModifier = (word: Word) => BODY_PARTS.has(word.plain) || POSITION_WORDS.has(word.plain);

// Words that name where a condition sits: body parts, acronyms ("IT band") and anatomical
// adjectives and Latin names, which mostly end like these (patellar, gluteal, piriformis).
const ANATOMICAL_ENDING = /(?:al|ar|ic|is|oid|ior|eus|ius|ary)$/;
const isOpenModifier = (word: Word) =>
  /^\p{Lu}{2,5}$/u.test(word.original) ||
  (!STOP_WORDS.has(word.plain) && (isBodyModifier(word) || ANATOMY_NOUNS.has(word.plain) || ANATOMICAL_ENDING.test(word.plain)));

const conditionsInRun = (run: Word[]): string[] =>
  run.flatMap((word, index) => {
    const { plain } = word;
    if (OPEN_HEADS.has(plain) || (plain.length >= 6 && CONDITION_SUFFIX.test(plain) && !NOT_CONDITIONS.has(plain))) {
      const modifiers = modifiersBefore(run, index, isOpenModifier, MAX_OPEN_MODIFIERS);
      return OPEN_HEADS.has(plain) && modifiers.length === 0 ? [] : [displayForm([...modifiers, word])];
    }
    if (BODY_PART_HEADS.has(plain)) {
      const modifiers = modifiersBefore(run, index, isBodyModifier, MAX_BODY_MODIFIERS);
      return modifiers.some((modifier) => BODY_PARTS.has(modifier.plain)) ? [displayForm([...modifiers, word])] : [];
    }
    return [];
  });

const conditionsIn = (text: string): string[] => {
  const normalised = normaliseForMatching(text);
  const named = NAMED_CONDITIONS.filter((name) => containsPhrase(normalised, name));
  return [...wordRunsOf(text).flatMap(conditionsInRun), ...named];
};

const benefitsIn = (text: string): Array<{ label: string; seen: string }> => {
  const normalised = normaliseForMatching(text);
  return BENEFIT_PATTERNS.flatMap(({ label, pattern }) => {
    const seen = pattern.exec(normalised)?.[0];
    return seen ? [{ label, seen }] : [];
  });
};

const isCovered = (phrases: string[], knownNames: string[]): boolean =>
  phrases.some((phrase) => {
    const normalisedPhrase = normaliseForMatching(phrase);
    return knownNames.some((name) => containsPhrase(normalisedPhrase, name) || containsPhrase(normaliseForMatching(name), phrase));
  });

// "shin splint" and "shin splints" are one suggestion.
const dedupeKey = (term: string): string => normaliseForMatching(term).replace(/s$/, '');

/**
 * Phrases in the text that look like conditions (…itis, … syndrome, body part + pain/strain,
 * well-known names) or benefits (pain relief, range of motion, improved recovery...) and that
 * no known taxonomy name covers: candidates for an editor to add to the taxonomy.
 */
export const suggestMissingTerms = (text: string, knownNames: string[]): TermSuggestion[] => {
  const suggestions = new Map<string, TermSuggestion>();
  for (const term of conditionsIn(text)) {
    if (!isCovered([term], knownNames) && !suggestions.has(dedupeKey(term))) suggestions.set(dedupeKey(term), { term, kind: 'condition' });
  }
  for (const { label, seen } of benefitsIn(text)) {
    if (!isCovered([label, seen], knownNames) && !suggestions.has(dedupeKey(label)))
      suggestions.set(dedupeKey(label), { term: label, kind: 'benefit' });
  }
  return [...suggestions.values()];
};
