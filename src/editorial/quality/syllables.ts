// English syllables estimated from spelling: vowel groups, plus vowel pairs spoken apart, less
// endings written but not spoken. Off by a syllable now and then, which a readability score
// averaged over a whole article absorbs.
const VOWEL_GROUPS = /[aeiouy]+/g;

// "sci-ence" is not one of these, but "stu-di-o", "vi-a", "ge-o", "ac-tu-al" are; "-tion",
// "-cial" and "-gion" are read as one syllable.
const SPOKEN_APART = /(?<![tscgx])i[ao]|eo|ua|uo/g;

const silentEnding = (word: string): boolean =>
  // "make", "massage" (but "table", "muscle", "free" keep their e)
  (/[^aeiouy]e$/.test(word) && !/[^aeiouy]le$/.test(word)) ||
  // "jumped", "worked" (but "wanted", "needed")
  /[^aeiouytd]ed$/.test(word) ||
  // "makes", "times" (but "boxes", "wishes", "pages", "muscles")
  (/[^aeiouy]es$/.test(word) && !/(?:[sxzcg]|ch|sh|[^aeiouy]l)es$/.test(word));

/** Syllables in one word; numbers count roughly a syllable a digit. */
export const countSyllables = (rawWord: string): number => {
  const word = rawWord.toLowerCase().replace(/[^a-z]/g, '');
  if (word === '') return Math.min(rawWord.replace(/\D/g, '').length, 4);
  if (word.length <= 3) return 1;
  const groups = (word.match(VOWEL_GROUPS) ?? []).length;
  const apart = (word.match(SPOKEN_APART) ?? []).length;
  return Math.max(1, groups + apart - (silentEnding(word) ? 1 : 0));
};
