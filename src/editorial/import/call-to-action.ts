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

// "Book a gait check at ...", "... — book a post-event massage": asks for a service by name.
const BOOKS_A_SERVICE =
  /\bbook (?:a|an|your|in for a)\b(?:\s+\S+){0,5}?\s+(?:massage|assessment|appointment|session|consultation|treatment|check|screening|analysis|physio|review|fitting)\b/;
const MAX_IMPERATIVE_ASK_WORDS = 25;

export const isCallToActionSentence = (sentence: string): boolean => {
  const folded = foldForComparison(sentence).replace(/^[^\p{L}]+/u, '');
  // A short sentence that opens with "Book a ..." speaks to the reader about the clinic, as does one
  // that books a named service; both end like sentences ("When to book a massage" is a heading).
  const isSentence = /[.!]$/.test(folded);
  const opensWithBook =
    isSentence &&
    /^(?:book|reserve)\s+(?:a|an|your|in|online|now|today|with|one)\b/.test(folded) &&
    countWords(folded) <= MAX_IMPERATIVE_ASK_WORDS;
  const booksAService = isSentence && BOOKS_A_SERVICE.test(folded);
  return containsPhoneNumber(sentence) || opensWithBook || booksAService || ASKS_TO_BOOK.some((pattern) => pattern.test(folded));
};

// "Racing soon?" before the ask: a short question that leads into it.
const isLeadInQuestion = (sentence: string) => /\?\s*$/.test(sentence) && countWords(sentence) <= 8;

const MAX_CTA_WORDS = 50;

/**
 * A short passage made only of booking asks. Long paragraphs that end with "call us" are
 * article text that happens to mention the clinic, and stay.
 */
export const isCallToAction = (text: string): boolean => {
  if (countWords(text) > MAX_CTA_WORDS) return false;
  const asks = splitSentences(text).filter((sentence) => !isLeadInQuestion(sentence));
  return asks.length > 0 && asks.every(isCallToActionSentence);
};
