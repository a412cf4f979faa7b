import { jaccard, nearDuplicates, wordShingles } from '../../src/editorial/quality/near-duplicates';
import { rowsPerBandFor } from '../../src/editorial/quality/minhash';

const FOAM_ROLLING = `Foam rolling before a run is popular with club runners. It takes a few minutes, needs no partner and can make tight calves and quads feel looser. The research suggests the effect on flexibility is real but short-lived, lasting perhaps ten to twenty minutes. That makes rolling a reasonable part of a warm-up, as long as it is followed by dynamic drills such as leg swings, skips and strides. Rolling after a run may ease soreness the next day a little, but it does not replace sleep, food and sensible training loads. If rolling a spot is very painful, or the pain is getting worse week by week, have it checked by a physiotherapist instead of rolling harder.`;

// The same article lightly reworded, as happens when one clinic copies another's post.
const FOAM_ROLLING_REWORDED = `Foam rolling before a run is popular with many club runners. It only takes a few minutes, needs no partner and can make tight calves and quads feel looser. Research suggests the effect on flexibility is real but short-lived, lasting maybe ten to twenty minutes. That makes rolling a sensible part of your warm-up, as long as it is followed by dynamic drills such as leg swings, skips and strides. Rolling after a run may ease soreness the following day a little, but it does not replace sleep, food and sensible training loads. If rolling a spot is really painful, or the pain is getting worse week by week, get it checked by a physiotherapist rather than rolling harder.`;

const SWIMMING = `Swimmers rely on the shoulder more than any other joint. Thousands of strokes a week load the rotator cuff, and small changes in technique or training volume can tip it into pain. We look at breathing side, hand entry and kick before blaming the shoulder itself. Strength work for the upper back and cuff, done two or three times a week, keeps most swimmers in the water. Pain at night or weakness lifting the arm should be assessed rather than trained through.`;

describe('nearDuplicates', () => {
  it('finds a lightly reworded copy above the default threshold and leaves an unrelated article out', () => {
    const pairs = nearDuplicates([
      { id: 'rolling', text: FOAM_ROLLING },
      { id: 'swimming', text: SWIMMING },
      { id: 'rolling-copy', text: FOAM_ROLLING_REWORDED },
    ]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ a: 'rolling', b: 'rolling-copy' });
    expect(pairs[0].similarity).toBeGreaterThanOrEqual(0.5);
    expect(pairs[0].similarity).toBeLessThan(1);
  });

  it('reports the exact Jaccard similarity of the shingle sets, rounded to two decimals', () => {
    const [pair] = nearDuplicates([
      { id: 'x', text: FOAM_ROLLING },
      { id: 'y', text: FOAM_ROLLING_REWORDED },
    ]);
    const exact = jaccard(wordShingles(FOAM_ROLLING, 3), wordShingles(FOAM_ROLLING_REWORDED, 3));
    expect(pair.similarity).toBe(Math.round(exact * 100) / 100);
  });

  it('scores identical texts 1, even when only punctuation and case differ', () => {
    const shouted = FOAM_ROLLING.toUpperCase().replace(/,/g, ';');
    expect(
      nearDuplicates([
        { id: 'b', text: FOAM_ROLLING },
        { id: 'a', text: shouted },
      ])
    ).toEqual([{ a: 'a', b: 'b', similarity: 1 }]);
  });

  it('orders each pair by id and the pairs by similarity, most similar first', () => {
    const pairs = nearDuplicates([
      { id: 'z-copy', text: FOAM_ROLLING_REWORDED },
      { id: 'm-original', text: FOAM_ROLLING },
      { id: 'a-exact', text: FOAM_ROLLING },
    ]);
    expect(pairs.map(({ a, b }) => [a, b])).toEqual([
      ['a-exact', 'm-original'],
      ['a-exact', 'z-copy'],
      ['m-original', 'z-copy'],
    ]);
    expect(pairs[0].similarity).toBe(1);
    expect(pairs[1].similarity).toBe(pairs[2].similarity);
  });

  it('respects a stricter threshold and a different shingle size', () => {
    const docs = [
      { id: 'x', text: FOAM_ROLLING },
      { id: 'y', text: FOAM_ROLLING_REWORDED },
    ];
    expect(nearDuplicates(docs, { threshold: 0.9 })).toEqual([]);
    expect(nearDuplicates(docs, { shingleSize: 1 })[0].similarity).toBeGreaterThan(nearDuplicates(docs)[0].similarity);
  });

  it('gives the same answer on every run', () => {
    const docs = [FOAM_ROLLING, SWIMMING, FOAM_ROLLING_REWORDED].map((text, index) => ({ id: `d${index}`, text }));
    expect(nearDuplicates(docs)).toEqual(nearDuplicates(docs));
  });

  it('finds the one copied pair in a larger collection of distinct articles', () => {
    const words = 'knee hip calf rest load run swim ride sleep food pain ease tendon muscle stretch walk jog sprint lift hold'.split(' ');
    let seed = 7;
    const nextWord = () => {
      seed = (seed * 48271) % 2147483647;
      return words[seed % words.length];
    };
    const docs = Array.from({ length: 300 }, (_, index) => ({
      id: `doc-${String(index).padStart(3, '0')}`,
      text: Array.from({ length: 120 }, nextWord).join(' '),
    }));
    docs.push({ id: 'copy', text: docs[42].text });
    expect(nearDuplicates(docs)).toEqual([{ a: 'copy', b: 'doc-042', similarity: 1 }]);
  });

  it('ignores documents without words', () => {
    expect(
      nearDuplicates([
        { id: 'a', text: '' },
        { id: 'b', text: ' ... ' },
      ])
    ).toEqual([]);
  });

  it('rejects duplicate ids and nonsensical options', () => {
    expect(() =>
      nearDuplicates([
        { id: 'a', text: 'x' },
        { id: 'a', text: 'y' },
      ])
    ).toThrow(/"a" appears more than once/);
    expect(() => nearDuplicates([], { threshold: 0 })).toThrow(/threshold/);
    expect(() => nearDuplicates([], { shingleSize: 1.5 })).toThrow(/shingleSize/);
  });
});

describe('LSH banding', () => {
  it('makes a pair at the threshold a candidate at least 95% of the time while staying selective', () => {
    for (const threshold of [0.3, 0.5, 0.8]) {
      const rows = rowsPerBandFor(threshold);
      const bands = Math.floor(128 / rows);
      expect(1 - (1 - threshold ** rows) ** bands).toBeGreaterThanOrEqual(0.95);
      expect(1 - (1 - threshold ** (rows + 1)) ** Math.floor(128 / (rows + 1))).toBeLessThan(0.95);
    }
  });
});
