import { blockLines, bodyLines, countWords } from '../../src/content-model/rich-text/block-text';
import type { Block } from '../../src/content-model/rich-text/blocks';
import { readingTimeMinutes } from '../../src/editorial/reading-time/reading-time';

const text = (value: string, marks: Record<string, boolean> = {}) => ({ type: 'text' as const, text: value, ...marks });

// What the admin panel's editor can store beside what the importer writes.
const body: Block[] = [
  { type: 'heading', level: 2, children: [text('Before a long run')] },
  {
    type: 'paragraph',
    children: [text('Warm up '), text('slowly', { bold: true }), { type: 'link', url: 'https://example.org', children: [text(' first')] }],
  },
  {
    type: 'list',
    format: 'unordered',
    children: [
      { type: 'list-item', children: [text('Calves')] },
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [text('Left side')] },
          { type: 'list-item', children: [text('Right side')] },
        ],
      },
    ],
  },
  { type: 'code', children: [text('rest = 48h')] },
  { type: 'image', image: { url: '/uploads/calf.jpg', alternativeText: 'A calf stretch' }, children: [text('')] },
];

describe('the text of a rich-text body', () => {
  it('reads every kind of block the editor can store, nested lists included, one line per item', () => {
    expect(bodyLines(body)).toEqual(['Before a long run', 'Warm up slowly first', 'Calves', 'Left side', 'Right side', 'rest = 48h', '']);
    expect(blockLines(body[2])).toEqual(['Calves', 'Left side', 'Right side']);
  });

  it('joins the marked runs of one paragraph without inventing words', () => {
    const split: Block = { type: 'paragraph', children: [text('stre'), text('tching', { italic: true })] };
    expect(countWords(bodyLines([split]).join(' '))).toBe(1);
  });

  it('reads nothing from what is not a body, and counts its reading time as zero', () => {
    for (const value of [null, 'plain text', 42, { type: 'paragraph' }, [null, 7, 'x', { children: 'not a list' }]]) {
      expect(bodyLines(value).join('')).toBe('');
      expect(readingTimeMinutes(value)).toBe(0);
    }
  });

  it('gives reading time from the same words: 201 words take two minutes', () => {
    const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ');
    expect(readingTimeMinutes([{ type: 'paragraph', children: [text(words(200))] }])).toBe(1);
    expect(
      readingTimeMinutes([
        { type: 'paragraph', children: [text(words(150))] },
        { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [text(words(51))] }] },
      ])
    ).toBe(2);
  });
});
