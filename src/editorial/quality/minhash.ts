// MinHash signatures with fixed seeds, so the same collection always gives the same candidates.
export const SIGNATURE_LENGTH = 128;

// Murmur3's 32-bit finaliser: spreads every input bit over the whole output.
const mix32 = (value: number): number => {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
};

// FNV-1a over UTF-16 code units.
const hashString = (text: string): number => {
  let h = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    h ^= text.charCodeAt(index);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
};

// One seed per hash function, derived from the golden-ratio sequence.
const SEEDS = Array.from({ length: SIGNATURE_LENGTH }, (_, index) => mix32(Math.imul(index + 1, 0x9e3779b9)));

/** For each seeded hash function, the smallest hash over the set's members. */
export const minhashSignature = (members: Iterable<string>): Uint32Array => {
  const signature = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const member of members) {
    const base = hashString(member);
    for (let index = 0; index < SIGNATURE_LENGTH; index += 1) {
      const hash = mix32(base ^ SEEDS[index]);
      if (hash < signature[index]) signature[index] = hash;
    }
  }
  return signature;
};

const RECALL_AT_THRESHOLD = 0.95;
const MAX_ROWS = 16;

/**
 * Rows per LSH band: the most selective banding that still makes a pair whose similarity is
 * exactly the threshold a candidate at least 95% of the time (1 − (1 − s^r)^b). Candidates are
 * checked exactly afterwards, so erring towards recall costs only time.
 */
export const rowsPerBandFor = (threshold: number): number => {
  let rows = 1;
  for (let candidate = 2; candidate <= MAX_ROWS; candidate += 1) {
    const bands = Math.floor(SIGNATURE_LENGTH / candidate);
    const recall = 1 - (1 - threshold ** candidate) ** bands;
    if (recall >= RECALL_AT_THRESHOLD) rows = candidate;
  }
  return rows;
};

/** Index pairs (i < j) that share at least one band of their signatures. */
export const candidatePairs = (signatures: Uint32Array[], rows: number): Array<[number, number]> => {
  const bands = Math.floor(SIGNATURE_LENGTH / rows);
  const pairs = new Map<string, [number, number]>();
  for (let band = 0; band < bands; band += 1) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((signature, index) => {
      const key = signature.subarray(band * rows, (band + 1) * rows).join(',');
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    });
    for (const bucket of buckets.values()) {
      for (let i = 0; i < bucket.length; i += 1) {
        for (let j = i + 1; j < bucket.length; j += 1) pairs.set(`${bucket[i]},${bucket[j]}`, [bucket[i], bucket[j]]);
      }
    }
  }
  return [...pairs.values()];
};
