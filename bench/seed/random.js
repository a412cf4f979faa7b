// A seeded generator, so the same size always gets the same articles, slugs and relations:
// numbers from two runs months apart stay comparable.
const mulberry32 = (seed) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ALPHANUMERIC = `${LETTERS}0123456789`;

const createRandom = (seed) => {
  const next = mulberry32(seed);
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (items) => items[Math.floor(next() * items.length)];
  const chance = (probability) => next() < probability;
  /** `count` distinct items, drawn by weight when weights are given. */
  const sample = (items, count, weights) => {
    const pool = items.map((item, index) => ({ item, weight: weights ? weights[index] : 1 }));
    const chosen = [];
    while (chosen.length < count && pool.length > 0) {
      let target = next() * pool.reduce((sum, entry) => sum + entry.weight, 0);
      const index = pool.findIndex((entry) => (target -= entry.weight) < 0);
      chosen.push(pool.splice(index === -1 ? pool.length - 1 : index, 1)[0].item);
    }
    return chosen;
  };
  // Strapi's document ids are 24 lower-case letters and digits, starting with a letter.
  const documentId = () => pick(LETTERS) + Array.from({ length: 23 }, () => pick(ALPHANUMERIC)).join('');
  return { next, int, pick, chance, sample, documentId };
};

module.exports = { createRandom };
