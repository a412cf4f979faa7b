import { splitSentences } from '../../content-model/rich-text/sentences';
import { countSyllables } from './syllables';

export type Readability = { fleschReadingEase: number; grade: string; words: number; sentences: number; syllables: number };

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

// Flesch's own bands for the reading-ease score.
const GRADES: Array<[minimum: number, label: string]> = [
  [90, 'very easy'],
  [80, 'easy'],
  [70, 'fairly easy'],
  [60, 'plain English'],
  [50, 'fairly difficult'],
  [30, 'difficult'],
];

export const gradeFor = (score: number): string => GRADES.find(([minimum]) => score >= minimum)?.[1] ?? 'very difficult';

/**
 * Flesch reading ease of a text (206.835 − 1.015 × words per sentence − 84.6 × syllables per
 * word), rounded to one decimal, with its band. Headings and list items count as sentences.
 * A text without words scores 0.
 */
export const readability = (text: string): Readability => {
  const sentences = splitSentences(text);
  const words = sentences.flatMap((sentence) => sentence.match(WORD) ?? []);
  // Hyphenated words are read as their parts: "well-being" is three syllables.
  const syllables = words.reduce((sum, word) => sum + word.split('-').reduce((part, piece) => part + countSyllables(piece), 0), 0);
  if (words.length === 0) return { fleschReadingEase: 0, grade: gradeFor(0), words: 0, sentences: 0, syllables: 0 };
  const score = 206.835 - 1.015 * (words.length / sentences.length) - 84.6 * (syllables / words.length);
  const fleschReadingEase = Math.round(score * 10) / 10;
  return { fleschReadingEase, grade: gradeFor(fleschReadingEase), words: words.length, sentences: sentences.length, syllables };
};
