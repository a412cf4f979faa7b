import { splitSentences } from '../../content-model/rich-text/sentences';
import { isCallToActionSentence } from './call-to-action';
import { countWords } from '../../content-model/rich-text/block-text';

// A run of capitalised words, allowing "&", "and", "of", "the" inside: "Lakeside Sports Clinic",
// "Smith & Jones Physio", "Centre of Sports Medicine".
const NAME = String.raw`\p{Lu}[\p{L}\p{N}'’&-]*(?:\s+(?:&|and|of|the|\p{Lu}[\p{L}\p{N}'’&-]*))*`;

// "Experience the difference at X", "Book with X", "Call X on ...": in booking asks only.
// No "i" flag: with it, \p{Lu} would match lower-case letters too.
const AFTER_BOOKING_WORD = new RegExp(
  String.raw`\b(?:[Aa]t|[Ww]ith|[Tt]o|[Ff]rom|[Vv]isit|[Cc]all|[Cc]ontact|[Cc]hoose)\s+(?:the\s+)?(${NAME})`,
  'gu'
);
// "X offers targeted sports massage", "X provides physiotherapy": in any sentence.
const OFFERS_TREATMENT = new RegExp(
  String.raw`(?:^|[^\p{L}])(${NAME})\s+(?:offers|provides|specialises in|specializes in|delivers)\b[^.!?]*\b(?:massage|physio\w*|therapy|treatments?|chiropractic|rehab\w*|appointments?|sessions?|care)\b`,
  'gu'
);

// Words that make up names of treatments and generic phrases, not of a business.
const GENERIC_WORDS = new Set(
  'a an the our your my their this that these we you us it massage massages therapy therapies therapist therapists therapeutic sports sport physio physiotherapy physical chiropractic clinic clinics care treatment treatments regular deep tissue health wellness team staff service services remedial soft session sessions appointment appointments book booking call contact today now online tomorrow experience difference questions still'.split(
    ' '
  )
);
const TRAILING_NOISE = /(?:\s+(?:&|and|of|the|today|now|online|tomorrow|this week))+$/i;
const ADDRESS_WORDS = /\b(?:street|st|road|rd|avenue|ave|lane|ln|boulevard|blvd|drive|dr|way|suite|floor|square|court|place|highway|hwy)$/i;
const WEEKDAYS_AND_MONTHS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

const cleanName = (raw: string): string | undefined => {
  const name = raw
    .replace(/['’]s$/, '')
    .replace(TRAILING_NOISE, '')
    .trim();
  const words = name.split(/\s+/);
  const hasOwnWord = words.some((word) => !GENERIC_WORDS.has(word.toLowerCase()));
  if (!hasOwnWord || ADDRESS_WORDS.test(name) || WEEKDAYS_AND_MONTHS.test(name)) return undefined;
  return name;
};

// In a short passage that asks for a booking, "Our team at X can help" names the clinic too.
const MAX_BOOKING_PASSAGE_WORDS = 60;

const namesAfterBookingWords = (sentence: string): string[] => [...sentence.matchAll(AFTER_BOOKING_WORD)].map((match) => match[1]);

const namesOfferingTreatment = (sentence: string): string[] =>
  [...sentence.matchAll(OFFERS_TREATMENT)].flatMap((match) => {
    // A lone capitalised word opening a sentence ("Massage offers...") is not evidence of a name.
    const atSentenceStart = sentence.trimStart().startsWith(match[1]);
    return !atSentenceStart || match[1].trim().split(/\s+/).length > 1 ? [match[1]] : [];
  });

const namesIn = (passage: string): string[] => {
  const sentences = splitSentences(passage);
  const isBookingPassage = countWords(passage) <= MAX_BOOKING_PASSAGE_WORDS && sentences.some(isCallToActionSentence);
  return sentences.flatMap((sentence) => [
    ...(isBookingPassage || isCallToActionSentence(sentence) ? namesAfterBookingWords(sentence) : []),
    ...namesOfferingTreatment(sentence),
  ]);
};

/**
 * Clinic names that booking asks and service blurbs name, in order of appearance, each once.
 * Matching them to a clinic location is the importer's job.
 */
export const findBookingClinicNames = (texts: string[]): string[] => {
  const names = new Map<string, string>();
  for (const passage of texts) {
    for (const raw of namesIn(passage)) {
      const name = cleanName(raw);
      if (!name) continue;
      const key = name.toLowerCase();
      if (!names.has(key)) names.set(key, name);
    }
  }
  return [...names.values()];
};
