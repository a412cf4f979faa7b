// Words that end in a full stop without ending a sentence. Lower case, without the dot.
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'approx',
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'st',
  'no',
  'fig',
  'cf',
  'al',
  'inc',
  'ltd',
  'co',
  'jr',
  'sr',
]);

// End punctuation, any closing quotes or brackets, then space. Decimals ("2.5") have no space.
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s|$)/g;

const endsWithAbbreviation = (textBefore: string): boolean => {
  const lastWord = /(\S+)$/.exec(textBefore)?.[1] ?? '';
  const bare = lastWord.replace(/^[("'“‘]+/, '').toLowerCase();
  // A single capital ("J. Smith") is an initial, not a sentence.
  return ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(lastWord);
};

const splitLine = (line: string): string[] => {
  const sentences: string[] = [];
  let start = 0;
  for (const match of line.matchAll(SENTENCE_END)) {
    const end = (match.index ?? 0) + match[0].length;
    const isFullStopOnly = /^\.["'”’)\]]*$/.test(match[0]);
    if (isFullStopOnly && endsWithAbbreviation(line.slice(start, match.index))) continue;
    sentences.push(line.slice(start, end));
    start = end;
  }
  sentences.push(line.slice(start));
  return sentences;
};

/**
 * Sentences of a text, trimmed. A line break always ends a sentence, because headings and
 * list items end without punctuation.
 */
export const splitSentences = (text: string): string[] =>
  text
    .split(/\n+/)
    .flatMap(splitLine)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
