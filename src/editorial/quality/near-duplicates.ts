import { normaliseForMatching } from '../../content-model/rich-text/phrase-matching';
import { candidatePairs, minhashSignature, rowsPerBandFor } from './minhash';

export type NearDuplicate = { a: string; b: string; similarity: number };

const DEFAULT_THRESHOLD = 0.5;
const DEFAULT_SHINGLE_SIZE = 3;

/** Overlapping runs of `size` words; a text shorter than that is one shingle. */
export const wordShingles = (text: string, size: number): Set<string> => {
  const words = normaliseForMatching(text).split(' ').filter(Boolean);
  const shingles = new Set<string>();
  if (words.length > 0 && words.length < size) shingles.add(words.join(' '));
  for (let start = 0; start + size <= words.length; start += 1) shingles.add(words.slice(start, start + size).join(' '));
  return shingles;
};

export const jaccard = (a: Set<string>, b: Set<string>): number => {
  const [smaller, larger] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const member of smaller) if (larger.has(member)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
};

const compareIds = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

const checkOptions = (threshold: number, shingleSize: number) => {
  if (!(threshold > 0 && threshold <= 1)) throw new Error(`nearDuplicates: threshold must be in (0, 1], got ${threshold}`);
  if (!Number.isInteger(shingleSize) || shingleSize < 1)
    throw new Error(`nearDuplicates: shingleSize must be a positive integer, got ${shingleSize}`);
};

/**
 * Pairs of documents whose word-shingle sets overlap by at least the threshold (Jaccard).
 * MinHash with LSH banding finds candidates without comparing every pair; each candidate's
 * similarity is then the exact Jaccard, rounded to 2 decimals. Most similar first; within a
 * pair, a is the id that sorts first.
 */
export const nearDuplicates = (
  docs: Array<{ id: string; text: string }>,
  options: { threshold?: number; shingleSize?: number } = {}
): NearDuplicate[] => {
  const { threshold = DEFAULT_THRESHOLD, shingleSize = DEFAULT_SHINGLE_SIZE } = options;
  checkOptions(threshold, shingleSize);
  const seenIds = new Set<string>();
  for (const { id } of docs) {
    if (seenIds.has(id)) throw new Error(`nearDuplicates: document id "${id}" appears more than once`);
    seenIds.add(id);
  }

  // Empty documents share the empty signature and would all land in one bucket.
  const withText = docs
    .map((doc) => ({ id: doc.id, shingles: wordShingles(doc.text, shingleSize) }))
    .filter((doc) => doc.shingles.size > 0);
  const signatures = withText.map((doc) => minhashSignature(doc.shingles));
  const found: NearDuplicate[] = [];
  for (const [i, j] of candidatePairs(signatures, rowsPerBandFor(threshold))) {
    const similarity = jaccard(withText[i].shingles, withText[j].shingles);
    if (similarity < threshold) continue;
    const [a, b] = [withText[i].id, withText[j].id].sort(compareIds);
    found.push({ a, b, similarity: Math.round(similarity * 100) / 100 });
  }
  return found.sort((x, y) => y.similarity - x.similarity || compareIds(x.a, y.a) || compareIds(x.b, y.b));
};

/**
 * The documents whose shingles overlap one text's by at least the threshold, by exact Jaccard:
 * for one article against all the others, a straight pass is cheaper than building LSH bands.
 */
export const similarTo = (
  text: string,
  others: Array<{ id: string; text: string }>,
  { threshold = DEFAULT_THRESHOLD, shingleSize = DEFAULT_SHINGLE_SIZE } = {}
): Array<{ id: string; similarity: number }> => {
  checkOptions(threshold, shingleSize);
  const shingles = wordShingles(text, shingleSize);
  if (shingles.size === 0) return [];
  return others
    .map((other) => ({ id: other.id, similarity: Math.round(jaccard(shingles, wordShingles(other.text, shingleSize)) * 100) / 100 }))
    .filter((other) => other.similarity >= threshold)
    .sort((x, y) => y.similarity - x.similarity || compareIds(x.id, y.id));
};
