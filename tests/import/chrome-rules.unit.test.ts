import { chromeRuleFor } from '../../src/editorial/import/chrome-rules';

// Lines written the way other clinic sites and blog themes write them, none from the samples.
const CHROME_LINES = [
  'Home › Services › Sports Massage',
  'Blog / Running / Achilles care',
  '← Back to all articles',
  'Return to the blog',
  'Continue reading',
  'Learn more about our team',
  'Older posts',
  'Posted in Sports Injuries, Running',
  'Tags: knee, running, recovery',
  'Published on 4 March 2024',
  'March 4, 2024',
  'By Sarah Lee | May 2, 2024',
  'Share on Facebook',
  'Facebook  Twitter  Pinterest  Email',
  '3 Comments',
  'Leave a Reply',
  'Required fields are marked *',
  'Post Comment',
  'View cart',
  '0 items – £0.00',
  'Back to top',
  'hero_banner.jpg',
  '[image]',
  'Recent Posts',
  'You might also enjoy',
  'More from the blog',
  'Schedule your appointment today',
  'Call us today on 07700 900123',
  'Give us a call at 555-010-9988.',
  'Questions? Email us today.',
  'See the difference at Ridgeway Therapy. Book online now.',
  'Explore the rest of our website for more tips.',
];

// Article sentences that share words with chrome but are not chrome.
const ARTICLE_LINES = [
  'By incorporating strength work into your week, you protect the tendon.',
  'Contact sports such as rugby put the shoulder at risk.',
  'Call it a rest day if the pain is sharp.',
  'Schedule lighter weeks into every training month.',
  'Book-ending a run with a walk helps the calves.',
  'Related injuries include calf strains and Achilles pain.',
  'Back pain is common in rowers.',
  'Home exercises work best when they are short and regular.',
  'Sharing the load between both legs matters more than you think.',
  '5 items every runner should keep in a kit bag',
  'Read the label on any supplement before you buy it.',
  'Epic',
  'Massage therapy offers relief for tired legs after a long race.',
];

describe('chrome lines', () => {
  it.each(CHROME_LINES)('"%s" is recognised as chrome', (line) => {
    expect(chromeRuleFor(line)).toBeDefined();
  });

  it.each(ARTICLE_LINES)('"%s" is article text', (line) => {
    expect(chromeRuleFor(line)).toBeUndefined();
  });

  it('marks related-post and booking headings as the start of a zone to remove', () => {
    expect(chromeRuleFor('You may also like')?.startsZone).toBe('related');
    expect(chromeRuleFor('Book your consultation now')?.startsZone).toBe('cta');
  });
});
