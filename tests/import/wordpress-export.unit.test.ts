import fs from 'fs';
import path from 'path';
import { parseArticleSource } from '../../src/editorial/import/parse-article-source';
import { postAsHtmlPage } from '../../src/editorial/import/wordpress/post-html';
import { seoOf } from '../../src/editorial/import/wordpress/seo-fields';
import { readWordPressExport, type WordPressPost } from '../../src/editorial/import/wordpress/wordpress-export';

const EXPORT = fs.readFileSync(path.resolve(__dirname, '../fixtures/wordpress/clinic-blog.xml'), 'utf8');

const post = (overrides: Partial<WordPressPost>): WordPressPost => ({
  id: 1,
  type: 'post',
  status: 'publish',
  title: 'Shin splints in new runners',
  link: '',
  slug: '',
  html: '',
  excerpt: '',
  authorLogin: '',
  categories: ['Running'],
  tags: [],
  meta: {},
  ...overrides,
});

describe('reading a WordPress export (WXR)', () => {
  const exported = readWordPressExport(EXPORT);
  const byId = new Map(exported.posts.map((item) => [item.id, item]));

  it('reads posts only, counts what it leaves out, and keeps the attachments featured images point to', () => {
    expect(exported.site).toEqual({ title: 'Northfield Sports Clinic', link: 'https://blog.northfield-clinic.test' });
    expect(exported.posts.map((item) => [item.id, item.status])).toEqual([
      [101, 'publish'],
      [102, 'publish'],
      [103, 'draft'],
      [107, 'trash'],
      [108, 'publish'],
    ]);
    expect(exported.leftOut).toEqual({ page: 1, revision: 1, nav_menu_item: 1 });
    expect(exported.attachments.get(201)).toEqual({
      id: 201,
      url: 'https://blog.northfield-clinic.test/wp-content/uploads/2023/04/runner-calf-massage.png',
      file: '2023/04/runner-calf-massage.png',
      alt: "Therapist working on a runner's calf",
      title: 'runner-calf-massage',
    });
    expect(readWordPressExport(EXPORT, ['post', 'page']).posts.map((item) => item.id)).toContain(104);
  });

  it('decodes titles, joins split CDATA, and reads terms, dates, author and meta', () => {
    const shins = byId.get(102)!;
    expect(shins.title).toBe('Shin Splints & Stairs: What Helps in the First Fortnight');
    expect(shins.html).toContain('printed ]]> where it meant');
    expect(shins).toMatchObject({
      slug: 'shin-splints-what-helps',
      authorLogin: 'tbellamy',
      categories: ['Clinic news & events', 'Uncategorized'],
      publishedAt: '2021-09-10T12:00:00.000Z',
    });
    expect(byId.get(101)!.tags).toEqual(['recovery', 'Marathon training', 'Plantar fasciitis']);
    expect(byId.get(101)!.meta._thumbnail_id).toBe('201');
    // "0000-00-00 00:00:00" is WordPress for a draft that never went out.
    expect(byId.get(103)!.publishedAt).toBeUndefined();
    expect(exported.authors.get('tbellamy')).toEqual({
      login: 'tbellamy',
      displayName: 'Tom Bellamy',
      email: 'tom@northfield-clinic.test',
    });
  });

  it('refuses a file that is no WordPress export, and never fetches an external entity', () => {
    expect(() => readWordPressExport('<rss version="2.0"><channel><title>Feed</title></channel></rss>')).toThrow(/not a WordPress export/);
    expect(() => readWordPressExport('not xml at all')).toThrow(/not a WordPress export/);
    const withEntity = EXPORT.replace('<rss', '<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n<rss').replace(
      'Notes from our treatment rooms',
      '&secret;'
    );
    expect(JSON.stringify(readWordPressExport(withEntity))).not.toContain('root:');
  });
});

describe('a post as the page WordPress would render', () => {
  const exported = readWordPressExport(EXPORT);
  const parsed = (id: number) => {
    const item = exported.posts.find((candidate) => candidate.id === id)!;
    return parseArticleSource(`${item.slug}.html`, postAsHtmlPage(item.title, item.html).html);
  };

  it('gives classic-editor text its paragraphs, turns captions into figures and takes plugin shortcodes out', () => {
    const shins = parsed(102);
    expect(shins.title).toBe('Shin Splints & Stairs: What Helps in the First Fortnight');
    expect(shins.headings).toEqual(['Ease the load, do not stop', 'Calf strength matters']);
    expect(shins.blocks[0]).toMatchObject({ type: 'paragraph' });
    expect(shins.plainText).toContain('Cut the longest run by a third');
    expect(shins.plainText).not.toMatch(/contact-form-7|\[caption|\[\/caption\]|Book an appointment/);
    expect(shins.images).toEqual([
      { alt: 'Physiotherapist pressing along the inner shin', src: expect.stringContaining('shin-check.jpg') },
    ]);
    expect(shins.blocks.filter((block) => block.type === 'list')).toHaveLength(1);
    expect(postAsHtmlPage('T', '[gallery ids="1,2"]\n\n[1] A citation stays. [sic]').removedShortcodes).toEqual(['[gallery ids="1,2"]']);
  });

  it('reads a Yoast FAQ block as the FAQ, whatever heading stands above it', () => {
    const marathon = parsed(101);
    expect(marathon.faq).toEqual([
      {
        question: 'Will a massage the day before the race make me sore?',
        answer: 'A deep session can, which is why we keep the day before to light work only.',
      },
      {
        question: 'How often should I book during a training block?',
        answer: 'Every two to three weeks suits most runners building towards a marathon.',
      },
    ]);
    expect(marathon.headings).toEqual(['What a session does in a training block', 'Frequently asked questions']);
    expect(marathon.images.map((image) => image.alt)).toEqual(["Therapist working on a runner's calf"]);
    expect(marathon.plainText).toContain('Bring your training plan to the appointment');
  });

  it('keeps an FAQ block under its own heading, and the text after it in the body', () => {
    const content = [
      '<!-- wp:paragraph -->\n<p>Heel pain is worst with the first steps of the morning.</p>\n<!-- /wp:paragraph -->',
      '<!-- wp:heading -->\n<h2 class="wp-block-heading">Heel pain FAQs</h2>\n<!-- /wp:heading -->',
      '<!-- wp:rank-math/faq-block -->\n<div class="wp-block-rank-math-faq-block"><div class="rank-math-faq-item"><h3 class="rank-math-question">Should I stretch first thing?</h3><div class="rank-math-answer">A gentle calf stretch before standing helps many people.</div></div></div>\n<!-- /wp:rank-math/faq-block -->',
      '<!-- wp:paragraph -->\n<p>Our physiotherapists see heel pain every week.</p>\n<!-- /wp:paragraph -->',
    ].join('\n\n');
    const article = parseArticleSource('heel.html', postAsHtmlPage('Morning heel pain', content).html);
    expect(article.faq).toEqual([
      { question: 'Should I stretch first thing?', answer: 'A gentle calf stretch before standing helps many people.' },
    ]);
    expect(article.headings).toEqual(['Heel pain FAQs']);
    expect(article.plainText).toContain('Our physiotherapists see heel pain every week.');
  });
});

describe("Yoast's and Rank Math's SEO fields", () => {
  it('fill their title variables without the site name, and drop a title that only repeats the post', () => {
    expect(seoOf(post({ meta: { _yoast_wpseo_title: '%%title%% %%page%% %%sep%% %%sitename%%' } }))).toBeUndefined();
    expect(seoOf(post({ meta: { rank_math_title: 'Shin splints: what helps first %sep% %sitename%' } }))).toEqual({
      metaTitle: 'Shin splints: what helps first',
    });
    expect(
      seoOf(post({ meta: { _yoast_wpseo_title: '%%primary_category%% advice: %%title%%', _yoast_wpseo_metadesc: 'Short.' } }))
    ).toEqual({
      metaTitle: 'Running advice: Shin splints in new runners',
      metaDescription: 'Short.',
    });
  });

  it('cut what is too long at a word, within the SEO component limits', () => {
    const long = 'A very long custom SEO title about calf strength, shin splints, stairs and mileage for new runners';
    const seo = seoOf(post({ meta: { _yoast_wpseo_title: long, _yoast_wpseo_metadesc: `${'Heel pain in the morning. '.repeat(10)}` } }))!;
    expect(seo.metaTitle!.length).toBeLessThanOrEqual(70);
    expect(long.startsWith(seo.metaTitle!)).toBe(true);
    expect(seo.metaTitle).toMatch(/\w$/);
    expect(seo.metaDescription!.length).toBeLessThanOrEqual(170);
  });
});
