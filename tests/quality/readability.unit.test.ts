import { gradeFor, readability } from '../../src/editorial/quality/readability';
import { splitSentences } from '../../src/content-model/rich-text/sentences';
import { countSyllables } from '../../src/editorial/quality/syllables';

describe('readability', () => {
  it('scores a very simple sentence as very easy, with exact counts', () => {
    expect(readability('The cat sat on the mat.')).toEqual({
      fleschReadingEase: 116.1,
      grade: 'very easy',
      words: 6,
      sentences: 1,
      syllables: 6,
    });
  });

  it('scores a dense academic sentence as very difficult', () => {
    const dense =
      'Notwithstanding considerable methodological heterogeneity, contemporary systematic investigations demonstrate inconsistent physiological consequences of manual therapeutic interventions.';
    const result = readability(dense);
    expect(result.fleschReadingEase).toBeLessThan(0);
    expect(result.grade).toBe('very difficult');
  });

  it('ranks plain clinic advice between the two', () => {
    const advice = 'Rest the calf for two days. Then walk a little more each day. If it still hurts after a week, come and see us.';
    const result = readability(advice);
    expect(result.fleschReadingEase).toBeGreaterThan(70);
    expect(result.fleschReadingEase).toBeLessThan(116.1);
    expect(result.sentences).toBe(3);
  });

  it('rounds the score to one decimal', () => {
    const { fleschReadingEase } = readability('Stretching after running helps some people feel looser. Others notice nothing at all.');
    expect(Math.round(fleschReadingEase * 10) / 10).toBe(fleschReadingEase);
  });

  it('counts a heading or list item without punctuation as its own sentence', () => {
    expect(readability('Warm up first\nJog for five minutes\nThen stretch.').sentences).toBe(3);
  });

  it('reports zero for a text without words', () => {
    expect(readability(' … ')).toMatchObject({ fleschReadingEase: 0, words: 0, sentences: 0, syllables: 0 });
  });
});

describe('grade labels', () => {
  it.each([
    [100, 'very easy'],
    [90, 'very easy'],
    [89.9, 'easy'],
    [80, 'easy'],
    [75, 'fairly easy'],
    [60, 'plain English'],
    [59.9, 'fairly difficult'],
    [50, 'fairly difficult'],
    [30, 'difficult'],
    [29.9, 'very difficult'],
    [-20, 'very difficult'],
  ])('a score of %d is "%s"', (score, grade) => {
    expect(gradeFor(score)).toBe(grade);
  });
});

describe('syllable estimates', () => {
  it.each([
    ['cat', 1],
    ['massage', 2],
    ['table', 2],
    ['jumped', 1],
    ['wanted', 2],
    ['muscles', 2],
    ['boxes', 2],
    ['therapy', 3],
    ['recovery', 4],
    ['studio', 3],
    ['inflammation', 4],
  ])('"%s" has %d', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });
});

describe('sentence splitting', () => {
  it('does not split on abbreviations, initials or decimals', () => {
    expect(splitSentences('Dr. Patel saw 2.5 times more runners, e.g. triathletes. J. Smith agreed! Did you?')).toEqual([
      'Dr. Patel saw 2.5 times more runners, e.g. triathletes.',
      'J. Smith agreed!',
      'Did you?',
    ]);
  });

  it('ends a sentence at a closing quote after the full stop', () => {
    expect(splitSentences('She said “rest it.” Then she left.')).toEqual(['She said “rest it.”', 'Then she left.']);
  });
});
