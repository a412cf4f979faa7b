/**
 * Text reduced to lower-case words separated by single spaces: accents, apostrophes (straight or
 * curly) and punctuation gone, so "Runner’s-knee" and "runners knee" read the same.
 */
export const normaliseForMatching = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['‘’ʼ`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

// "DOMS", "ITBS", "ACL": an acronym keeps its final S, so "ITBS" never shrinks to "ITB".
const isAcronym = (word: string): boolean => /^[\p{Lu}\p{N}]{2,6}$/u.test(word.replace(/['’]/g, ''));

const tolerantPlural = (word: string, original: string | undefined): string => {
  if (original && isAcronym(original)) return `${word}s?`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return `${word.slice(0, -1)}s?`;
  return `${word}s?`;
};

/**
 * A pattern for a name as a whole phrase in normalised text: never inside another word
 * ("doms" is not in "kingdoms"), and the last word may carry or drop a plural "s".
 */
export const phrasePattern = (name: string): RegExp | undefined => {
  const words = normaliseForMatching(name).split(' ').filter(Boolean);
  if (words.length === 0) return undefined;
  const originals = name.split(/[^\p{L}\p{N}'’]+/u).filter(Boolean);
  const last = words.length - 1;
  const body = words.map((word, index) => (index === last ? tolerantPlural(word, originals[originals.length - 1]) : word)).join(' ');
  return new RegExp(`(?:^| )${body}(?= |$)`, 'u');
};

/** Whether a name occurs as a phrase in text that has already been normalised. */
export const containsPhrase = (normalisedText: string, name: string): boolean => phrasePattern(name)?.test(normalisedText) ?? false;
