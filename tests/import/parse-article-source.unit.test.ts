import { blockText } from '../../src/content-model/rich-text/block-text';
import { trimAtWordBoundary } from '../../src/editorial/import/excerpt';
import { parseArticleSource } from '../../src/editorial/import/parse-article-source';

describe('parseArticleSource picks a reader by file extension', () => {
  it('rejects an unsupported extension with a message naming the file and the accepted types', () => {
    expect(() => parseArticleSource('notes.docx', 'Title\n\nBody text here.')).toThrow(
      /notes\.docx.*unsupported file type "\.docx".*\.txt.*\.html/
    );
    expect(() => parseArticleSource('README', 'Title')).toThrow(/unsupported file type "\(none\)"/);
  });

  it('accepts upper-case extensions and .htm / .markdown', () => {
    expect(parseArticleSource('POST.TXT', 'A Title\n\nSome body text for the post.').title).toBe('A Title');
    expect(parseArticleSource('post.htm', '<h1>A Title</h1><p>Some body text.</p>').title).toBe('A Title');
    expect(parseArticleSource('post.markdown', '# A Title\n\nSome body text.').title).toBe('A Title');
  });
});

describe('parseArticleSource refuses articles it cannot import', () => {
  it('throws when nothing but chrome follows the title', () => {
    expect(() => parseArticleSource('empty.txt', 'Knee Care Basics\n\nRead more\n\nLeave a comment\n\nScroll to top')).toThrow(
      /empty\.txt.*no article text is left after removing site chrome/
    );
  });

  it('throws when no title can be found', () => {
    const onlyProse = 'This file starts straight away with a long sentence of body text that ends with a full stop.';
    expect(() => parseArticleSource('untitled.txt', onlyProse)).toThrow(/untitled\.txt.*no article title found/);
    expect(() => parseArticleSource('untitled.html', '<div><nav>Home</nav></div>')).toThrow(/no article title found/);
    expect(() =>
      parseArticleSource(
        'branded.html',
        '<header><h1 class="logo">Riverside Clinic</h1><nav>Home</nav></header><div class="post-body"><p>Some text that ends.</p></div>'
      )
    ).toThrow(/no article title found/);
  });
});

describe('parseArticleSource finds titles', () => {
  it('prefers a Markdown front-matter title and drops its repeat from the body', () => {
    const source =
      '---\ntitle: "Shoulder Mobility for Swimmers"\nauthor: someone\n---\n\n# Shoulder Mobility for Swimmers\n\nSwimmers need overhead range.';
    const article = parseArticleSource('swim.md', source);
    expect(article.title).toBe('Shoulder Mobility for Swimmers');
    expect(article.blocks.map(blockText)).toEqual(['Swimmers need overhead range.']);
  });

  it('falls back to og:title, then <title> without the site name, when the page has no h1', () => {
    const body = '<body><main><p>Rowers load the lower back through long sessions.</p></main></body>';
    expect(
      parseArticleSource('a.html', `<head><meta property="og:title" content="Rowing and Back Pain"><title>x</title></head>${body}`).title
    ).toBe('Rowing and Back Pain');
    expect(parseArticleSource('b.html', `<head><title>Rowing and Back Pain | Riverside Clinic</title></head>${body}`).title).toBe(
      'Rowing and Back Pain'
    );
  });

  it('takes an entry h1 above the content as the title, never the site name in the page header', () => {
    const page = `<body><header class="site-header"><h1 class="site-title">Riverside Clinic</h1><nav><a href="/">Home</a></nav></header>
      <header class="entry-header"><h1>Rowing and Back Pain</h1></header>
      <div class="entry-content"><p>Rowers load the lower back through long sessions.</p></div></body>`;
    const article = parseArticleSource('d.html', page);
    expect(article.title).toBe('Rowing and Back Pain');
    expect(article.removedChrome).toEqual([expect.stringContaining('Riverside Clinic')]);
  });

  it('ignores teaser <article>s in a sidebar when looking for the article', () => {
    const page = `<body><div class="post-content"><h1>Hip Flexor Strain</h1><p>Sprinters feel it at the front of the hip.</p></div>
      <aside class="sidebar"><article><h2>Older post with a much longer teaser text than the article itself has</h2><p>Teaser.</p></article></aside></body>`;
    const article = parseArticleSource('e.html', page);
    expect(article.title).toBe('Hip Flexor Strain');
    expect(article.blocks.map(blockText)).toEqual(['Sprinters feel it at the front of the hip.']);
  });

  it('demotes further h1s in the body to h2', () => {
    const article = parseArticleSource('c.html', '<article><h1>Main</h1><p>Intro text.</p><h1>Second part</h1><p>More text.</p></article>');
    expect(article.blocks[1]).toMatchObject({ type: 'heading', level: 2 });
  });
});

describe('plain text reading', () => {
  it('joins a hard-wrapped paragraph back into one paragraph', () => {
    const wrapped = [
      'Tennis Elbow at the Office',
      '',
      'Tennis elbow is an overload of the tendons on the outside of the elbow and it',
      'shows up in people who have never held a racket, typing and using a mouse all',
      'day long without a break from the same small movements of the wrist and hand.',
      '',
      'Most cases settle over a few months with load management and a simple set of',
      'strengthening exercises that a physiotherapist can show you in one session.',
    ].join('\n');
    const article = parseArticleSource('wrapped.txt', wrapped);
    expect(article.blocks).toHaveLength(2);
    expect(blockText(article.blocks[0])).toMatch(/^Tennis elbow is .* of the wrist and hand\.$/);
  });

  it('accepts "1)", "-" and "•" markers and keeps list items separated by blank lines in one list', () => {
    const text = 'Warm-Up Routine\n\nDo these before you run:\n\n1) Leg swings\n\n2) Walking lunges\n\n- Skips\n- High knees\n• Strides';
    const article = parseArticleSource('lists.txt', text);
    expect(article.blocks.map((block) => (block.type === 'list' ? [block.format, block.children.length] : block.type))).toEqual([
      'paragraph',
      ['ordered', 2],
      ['unordered', 3],
    ]);
  });
});

describe('booking asks in the middle of an article', () => {
  it('a booking heading takes the short asks after it but not the article paragraph that follows', () => {
    const text = [
      'Ice Baths After Matches',
      'Players sit in cold water for ten minutes after a game and say they feel fresher the next morning.',
      'Book Your Appointment Today',
      'We are open six days a week.',
      'If your legs still feel heavy a week later, the problem is usually training load rather than recovery tools, so we look at your weekly plan and your sleep first.',
    ].join('\n');
    const article = parseArticleSource('ice.txt', text);
    expect(article.removedChrome).toEqual(['Book Your Appointment Today', 'We are open six days a week.']);
    expect(article.blocks.map(blockText)).toEqual([expect.stringMatching(/^Players sit/), expect.stringMatching(/^If your legs/)]);
  });

  it('a "Book now" button and one-network-per-item share links go, the text around them stays', () => {
    const html = `<div class="sqs-block-content"><h1>Sciatica or piriformis?</h1><p>Buttock pain that runs down the leg has more than one cause.</p>
      <p><strong>Book now</strong></p><p>We explain the difference below.</p>
      <ul><li><a href="https://facebook.com/x">Facebook</a></li><li><a href="https://x.com/x">X</a></li></ul>
      <p>Our team at Peak Motion Physiotherapy can assess you. Book online today.</p></div>`;
    const article = parseArticleSource('sciatica.html', html);
    expect(article.removedChrome).toEqual(['Book now', 'Facebook', 'X']);
    expect(article.blocks).toHaveLength(3);
    expect(article.bookingClinicNames).toEqual(['Peak Motion Physiotherapy']);
  });
});

describe('excerpts', () => {
  it('stay whole when they fit', () => {
    expect(trimAtWordBoundary('Short and sweet.', 280)).toBe('Short and sweet.');
  });

  it('are cut at a word boundary with an ellipsis, within the limit', () => {
    const cut = trimAtWordBoundary('alpha beta gamma, delta epsilon', 20);
    expect(cut).toBe('alpha beta gamma…');
    expect(cut.length).toBeLessThanOrEqual(20);
  });

  it('skip short lead-ins and use the first real paragraph', () => {
    const article = parseArticleSource(
      'lead.md',
      '# Title\n\nBy the team\n\nThis is the first paragraph with enough words to count as real text.'
    );
    expect(article.excerpt).toBe('This is the first paragraph with enough words to count as real text.');
  });
});

describe('FAQ sections, references and images', () => {
  const page = [
    '# Knee pain on the stairs',
    '',
    'Knee pain going downstairs is common in runners who have added hills to their training quickly.',
    '',
    '![A runner stepping down a flight of stone stairs](/uploads/stairs.jpg)',
    '',
    '## Common questions',
    '',
    'Should I stop running?',
    '',
    'Usually not: easier, flatter runs keep you moving while the knee settles.',
    '',
    'Will a knee strap help?',
    '',
    'Some runners find it eases the ache for a while.',
    '',
    '## References',
    '',
    '- Okafor L, Reyes M (2020). Stair descent and knee load in recreational runners. Running Science Review 7(3): 44-51.',
    '- [Knee pain in runners, a patient guide](https://example.org/knee-guide)',
  ].join('\n');
  const article = parseArticleSource('stairs.md', page);

  it('turns the questions under an FAQ heading into FAQ items, out of the body', () => {
    expect(article.faq).toEqual([
      { question: 'Should I stop running?', answer: 'Usually not: easier, flatter runs keep you moving while the knee settles.' },
      { question: 'Will a knee strap help?', answer: 'Some runners find it eases the ache for a while.' },
    ]);
    expect(article.blocks.map(blockText).join('\n')).not.toContain('Should I stop running?');
    expect(article.headings).toEqual(['Common questions', 'References']);
  });

  it('turns a reference list into sources: citations with their year and journal, links with their address', () => {
    expect(article.sources).toEqual([
      { title: 'Stair descent and knee load in recreational runners', year: 2020, publisher: 'Running Science Review 7(3): 44-51' },
      { title: 'Knee pain in runners, a patient guide', url: 'https://example.org/knee-guide' },
    ]);
  });

  it('keeps each image’s alt text, and its text stays searchable for term links', () => {
    expect(article.images).toEqual([{ src: '/uploads/stairs.jpg', alt: 'A runner stepping down a flight of stone stairs' }]);
    expect(article.plainText).toContain('knee strap');
  });
});
