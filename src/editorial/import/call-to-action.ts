import { splitSentences } from '../../content-model/rich-text/sentences';
import { foldForComparison } from './normalise-source';
import { countWords } from '../../content-model/rich-text/block-text';

// At least 9 digits in a run of digits, spaces, dots, dashes and brackets: US, UK, AU and EU
// phone numbers, but not years, dates or prices.
const PHONE_LIKE = /(?:\+|\()?\d[\d ().-]{7,}\d/g;

export const containsPhoneNumber = (text: string): boolean =>
  (text.match(PHONE_LIKE) ?? []).some((run) => {
    const digits = run.replace(/\D/g, '').length;
    return digits >= 9 && digits <= 15;
  });

// Sentences that ask the reader to book, call or get in touch, as clinic sites phrase them.
const ASKS_TO_BOOK = [
  /^(?:book|schedule|reserve)\s+(?:\S+\s+){0,4}?(?:appointments?|consultation|session|visit|online|now|today|with)\b/,
  /^(?:call|phone|ring|text|whatsapp|e-?mail|message)\b.{0,20}\b(?:us|our|the clinic|today|now)\b/,
  /^(?:contact|get in touch with|reach out to) (?:us|our|the|today)\b/,
  /^(?:get in touch|reach out)\b/,
  /^(?:(?:experience|feel|see|discover) the difference|(?:still have|have|got|any) questions|questions\?|ready to (?:book|get started|feel)|don't wait|what are you waiting for|start your (?:journey|recovery) today|visit us|come (?:and )?see us|give us a (?:call|ring)|we(?:'d| would) love to (?:help|see|hear))/,
  /\b(?:book (?:your|an|a) (?:appointment|consultation|session)|schedule (?:your|an|a) (?:appointment|consultation|session|visit)|contact us|call us|book online|book now)\b/,
];

export const isCallToActionSentence = (sentence: string): boolean => {
  const folded = foldForComparison(sentence).replace(/^[^\p{L}]+/u, '');
  return containsPhoneNumber(sentence) || ASKS_TO_BOOK.some((pattern) => pattern.test(folded));
};

const MAX_CTA_WORDS = 50;

/**
 * A short passage made only of booking asks. Long paragraphs that end with "call us" are
 * article text that happens to mention the clinic, and stay.
 */
export const isCallToAction = (text: string): boolean => {
  if (countWords(text) > MAX_CTA_WORDS) return false;
  const sentences = splitSentences(text);
  return sentences.length > 0 && sentences.every(isCallToActionSentence);
};
