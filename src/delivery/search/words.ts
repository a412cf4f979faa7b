/** Lower-case words without accents, as both the index and a reader's query are compared. */
export const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .match(/[\p{L}\p{N}]+/gu)
    ?.filter((word) => word.length <= 64) ?? [];

/** Words worth offering as a correction: real words, not numbers or single letters. */
export const isCorrectableWord = (word: string) => word.length >= 3 && /^\p{L}+$/u.test(word);

// Words too common to narrow a search. PostgreSQL's English configuration drops these itself;
// SQLite's FTS5 has no stop list, so both sides leave them out of the query alike.
const STOP_WORDS = new Set(
  'a an and are as at be by can do does for from how i in is it my of on or should the to what when why with your'.split(' ')
);

/** The words of a reader's query that search for something; all of them if every one is common. */
export const queryWords = (text: string, max = 12): string[] => {
  const words = wordsOf(text).slice(0, max);
  const meaningful = words.filter((word) => !STOP_WORDS.has(word));
  return meaningful.length > 0 ? meaningful : words;
};
