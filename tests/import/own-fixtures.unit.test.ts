import fs from 'fs';
import path from 'path';
import { blockLines, blockText } from '../../src/content-model/rich-text/block-text';
import { parseArticleSource, type ParsedArticle } from '../../src/editorial/import/parse-article-source';
import type { Block } from '../../src/content-model/rich-text/blocks';

const FIXTURES = path.resolve(__dirname, '../fixtures/import');
const parseFixture = (name: string) => parseArticleSource(name, fs.readFileSync(path.join(FIXTURES, name), 'utf8'));

const bodyText = (article: ParsedArticle) => article.blocks.map(blockText).join('\n');
const listsOf = (article: ParsedArticle) =>
  article.blocks.filter((block): block is Extract<Block, { type: 'list' }> => block.type === 'list');

const expectAbsentFromBody = (article: ParsedArticle, phrases: string[]) => {
  const body = `${article.title}\n${bodyText(article)}`;
  for (const phrase of phrases) expect(body).not.toContain(phrase);
};

describe('an HTML page with full site chrome around an <article>', () => {
  const article = parseFixture('calf-tightness-in-cyclists.html');

  it('takes the article h1 as the title, not the <title> with the site name', () => {
    expect(article.title).toBe('Why Cyclists Get Tight Calves');
  });

  it('removes nav, breadcrumbs, cart, byline, share buttons, booking box, related posts, comments, sidebar and footer', () => {
    expectAbsentFromBody(article, [
      'Treatments',
      'Basket',
      '0 items',
      'Skip to content',
      'Home >',
      'Priya',
      'Share this',
      'Facebook',
      'Book your session',
      'Book now',
      'Posted in',
      'Tags:',
      'Related Posts',
      'Knee pain on the bike',
      'Winter base miles',
      'Read more',
      'Leave a Reply',
      'Your email address',
      'Add to cart',
      'Massage gun',
      'Scroll to top',
      '© 2024',
    ]);
    expect(article.removedChrome).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Leave a Reply'),
        expect.stringContaining('Add to cart'),
        expect.stringContaining('Related Posts'),
      ])
    );
  });

  it('leaves scripts and styles out of every text it returns', () => {
    const everything = [article.plainText, ...article.removedChrome].join('\n');
    expect(everything).not.toMatch(/dataLayer|gtag|background|margin-right/);
  });

  it('keeps headings with their levels, lists, bold labels and the quote', () => {
    expect(article.headings).toEqual(['Three common causes', 'What helps', 'When to get it checked']);
    expect(article.blocks.filter((block) => block.type === 'heading').map((block) => block.type === 'heading' && block.level)).toEqual([
      2, 2, 3,
    ]);
    const [ordered, unordered] = listsOf(article);
    expect(ordered.format).toBe('ordered');
    expect(ordered.children).toHaveLength(3);
    expect(ordered.children[0].children[0]).toEqual({ type: 'text', text: 'Saddle too high:', bold: true });
    expect(unordered.format).toBe('unordered');
    expect(unordered.children).toHaveLength(4);
    expect(article.blocks.some((block) => block.type === 'quote')).toBe(true);
  });

  it('keeps italics inside a paragraph', () => {
    const paragraph = article.blocks.find((block) => block.type === 'paragraph' && blockText(block).includes('same-day'));
    expect(paragraph?.type === 'paragraph' && paragraph.children).toContainEqual({ type: 'text', text: 'same-day', italic: true });
  });

  it('finds the clinic named in the booking box it removed', () => {
    expect(article.bookingClinicNames).toEqual(['Northgate Sports Therapy']);
  });
});

describe('an HTML page whose article has no <article> and no h1 of its own', () => {
  const article = parseFixture('desk-workers-neck-pain.html');

  it('takes the page h1 above the content as the title', () => {
    expect(article.title).toBe('Neck Pain for Desk Workers: Small Changes That Add Up');
    expect(article.removedChrome).not.toContain(article.title);
  });

  it('splits loose text on double line breaks into paragraphs', () => {
    const [first, second] = article.blocks;
    expect(first.type).toBe('paragraph');
    expect(blockText(first)).toMatch(/^Most of the desk workers .* holding the head still\.$/);
    expect(blockText(second)).toMatch(/^The good news/);
  });

  it('flattens a nested list into its parent list', () => {
    const [checklist] = listsOf(article);
    expect(blockLines(checklist)).toEqual([
      'Top of the screen at or slightly below eye level',
      'Keyboard close enough that your elbows stay by your sides',
      'Laptop users: a separate keyboard and a stand help most',
      'Feet flat on the floor or on a footrest',
    ]);
  });

  it('removes an unmarked "you might also like" list, the booking line, share links, menus, cart and comments', () => {
    expectAbsentFromBody(article, [
      'You might also like',
      'Pain between the shoulder blades',
      'standing desks',
      'Ready to book',
      '0161',
      'Share this',
      'Email',
      'Cart (0)',
      'Home »',
      'Posted on',
      'Leave a comment',
      'All rights reserved',
      'BlogPosting',
    ]);
    expect(article.headings).toEqual(['Move little and often', 'Desk set-up checklist']);
  });

  it('finds the clinic in "Call <clinic> on <number>"', () => {
    expect(article.bookingClinicNames).toEqual(['Kestrel Physio']);
  });
});

describe('a Markdown page', () => {
  const article = parseFixture('hamstring-strain-return-to-running.md');

  it('takes the first h1 as the title and keeps the h2 sections as headings', () => {
    expect(article.title).toBe('Hamstring Strain: A Sensible Route Back to Running');
    expect(article.headings).toEqual([
      'What actually happens in a hamstring strain',
      'The first two weeks',
      'Signs you are ready to run again',
    ]);
  });

  it('keeps the numbered and bulleted lists with their item counts', () => {
    expect(listsOf(article).map((list) => [list.format, list.children.length])).toEqual([
      ['ordered', 4],
      ['unordered', 3],
    ]);
  });

  it('keeps bold and italic marks', () => {
    const paragraph = article.blocks.find((block) => blockText(block).includes('grade 1'));
    expect(paragraph?.type === 'paragraph' && paragraph.children).toContainEqual({ type: 'text', text: 'grade 1', bold: true });
  });

  it('removes breadcrumbs, post meta, image placeholders, read-more and share lines, tags, teasers, the booking section and the comment prompt', () => {
    expectAbsentFromBody(article, [
      'Home >',
      'Posted in',
      'promo-image',
      'Read more',
      'Share this',
      'Tags:',
      'You may also like',
      'warm-up drills',
      'foam rolling',
      'Book',
      '020 7946',
      'Leave a comment',
    ]);
    expect(article.removedChrome).toEqual(expect.arrayContaining(['Five warm-up drills for five-a-side', 'Leave a comment']));
  });

  it('finds the clinic in "Book with <clinic>"', () => {
    expect(article.bookingClinicNames).toEqual(['Harbourside Physio']);
  });
});

describe('a plain-text export with Windows line endings, non-breaking spaces and smart quotes', () => {
  const raw = fs.readFileSync(path.join(FIXTURES, 'plantar-fasciitis-windows.txt'), 'utf8');
  const article = parseFixture('plantar-fasciitis-windows.txt');

  it('really is such a file', () => {
    expect(raw).toContain('\r\n');
    expect(raw).toContain('\u00a0');
    expect(raw).toMatch(/[’“”]/);
  });

  it('parses the same as its Unix-line-ending twin', () => {
    expect(article).toEqual(parseArticleSource('twin.txt', raw.replace(/\r\n/g, '\n')));
  });

  it('leaves no carriage returns or non-breaking spaces, and keeps the curly quotes', () => {
    expect(article.plainText).not.toMatch(/[\r\u00a0]/);
    expect(article.plainText).toContain('you’re not alone');
    expect(article.plainText).toContain('“policeman’s heel”');
  });

  it('keeps the title, headings and both lists', () => {
    expect(article.title).toBe('Plantar Fasciitis: Easing Morning Heel Pain');
    expect(article.headings).toEqual(['Why the heel hurts', 'What we usually suggest']);
    expect(listsOf(article).map((list) => [list.format, list.children.length])).toEqual([
      ['ordered', 3],
      ['unordered', 3],
    ]);
  });

  it('removes the breadcrumb, post meta, comment prompt, booking asks and scroll widget', () => {
    expectAbsentFromBody(article, [
      'Home >',
      'Posted in',
      'Tags:',
      'Leave a comment',
      'Your email address',
      'Book',
      'Call us',
      'Scroll to top',
    ]);
    expect(article.removedChrome).toHaveLength(9);
  });

  it('finds the clinic across a non-breaking space', () => {
    expect(article.bookingClinicNames).toEqual(['Harbourside Physio']);
  });
});
