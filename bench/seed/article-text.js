// Article text assembled from templated sentences: varied enough that search ranks, snippets
// and response sizes look like a real wellness blog, and repeatable from the seed.
const V = require('./vocabulary');

const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);
const lower = (text) => (/^[A-Z][a-z]/.test(text) && !/^[A-Z][a-z]*'s/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

const TITLES = [
  '{Treatment} for {audience} with {condition}',
  '{Condition}: what {audience} should know',
  'Is {treatment} worth it for {condition}?',
  "A physio's guide to {condition} for {audience}",
  'Why {audience} get {condition}, and how to ease it',
  '{Treatment} or {treatment2}: which suits {condition}?',
  'The {season} guide to {benefit} for {audience}',
  'Myths about {treatment} and {condition}, checked',
  'What to expect from {treatment} when you have {condition}',
  'How {audience} can train through {condition}',
];

const SENTENCES = [
  '{Treatment} is often used by {audience} dealing with {condition}.',
  'Many {audience} first notice {symptom} in the {bodyPart} after a {activity}.',
  'The aim of {treatment} is {benefit}, not a quick fix.',
  'Most people feel a difference {timeframe} if they keep their training steady.',
  'A clinician will usually check how the {bodyPart} moves before suggesting {treatment}.',
  'Loading the tissue gradually matters more than any single session.',
  'If {symptom} gets worse at night, book an assessment rather than pushing on.',
  '{Condition} tends to settle when rest, strength work and {treatment} are combined.',
  'Research on {treatment} for {condition} is {evidence}, so keep expectations realistic.',
  'Short, regular sessions suit {audience} better than one long one before a big event.',
  'Sleep, food and stress all change how quickly the {bodyPart} recovers.',
  'Keep a simple diary of pain, activity and sessions so patterns are easier to spot.',
  'Pain that changes the way you walk or run is a signal to reduce load for a while.',
  '{Treatment} works best alongside a plan your physiotherapist adjusts week by week.',
  'For {audience}, {benefit} usually shows up first as easier warm-ups.',
  'There is no need to stop moving altogether: gentle activity helps {condition} settle.',
  'Ice and heat can both ease {symptom}; use whichever feels better.',
  'Ask your therapist how firm the pressure should be, and say when it is too much.',
  'A graded return after a {activity} keeps setbacks small and easy to manage.',
  'Simple mobility drills for the {bodyPart} take five minutes and can be done at home.',
  'Numbness, fever or pain after a fall need a doctor, not a massage.',
  'Good shoes and a sensible weekly volume prevent more problems than any gadget.',
];

const HEADINGS = [
  'What is going on',
  'Why it happens to {audience}',
  'How {treatment} helps',
  'What the research says',
  'Things to try at home',
  'When to see a clinician',
  'Getting back to your {activity}',
];
const TIPS = [
  'Warm up for ten minutes before a {activity}',
  'Add slow calf raises three times a week',
  'Stretch the {bodyPart} gently after training',
  'Book a review if {symptom} lasts longer than two weeks',
  'Swap one hard session for an easy one',
  'Spend two minutes per muscle group with a foam roller',
  'Write down what you did and how the {bodyPart} felt the next morning',
  'Build up distance by no more than a tenth a week',
];
const FAQ = [
  [
    'How often should {audience} have {treatment}?',
    'Every two to four weeks suits most people in steady training; more often around a race or while recovering from {condition}.',
  ],
  [
    'Does {treatment} hurt?',
    'It can feel firm, but it should never be sharp. Tell your therapist straight away and they will change the pressure.',
  ],
  [
    'Can I train after {treatment}?',
    'Easy movement the same day is fine. Leave hard sessions until the next day, when the {bodyPart} has settled.',
  ],
  [
    'Will {treatment} fix {condition} on its own?',
    'Rarely. It eases symptoms while strength work and sensible loading do the lasting work.',
  ],
];
const EVIDENCE_WORDS = ['mixed', 'promising', 'limited but growing', 'reasonably strong'];
const STUDY_KINDS = ['a systematic review', 'a randomised trial', 'a cohort study', 'clinical guidance', 'a pilot study'];

/** Fills {slot} and {Slot} from the article's subject, drawing the rest at random. */
const filler = (random, subject) => (template) =>
  template.replace(/\{(\w+)\}/g, (_match, slot) => {
    const key = slot.toLowerCase();
    const values = {
      treatment: subject.treatment,
      treatment2: subject.treatment2,
      condition: lower(subject.condition),
      audience: subject.audience,
      benefit: lower(subject.benefit),
      season: subject.season,
      symptom: random.pick(V.SYMPTOMS),
      bodyPart: random.pick(V.BODY_PARTS),
      bodypart: random.pick(V.BODY_PARTS),
      activity: random.pick(V.ACTIVITIES),
      timeframe: random.pick(V.TIMEFRAMES),
      evidence: random.pick(EVIDENCE_WORDS),
    };
    const value = values[key] ?? slot;
    return slot === key ? value : capitalise(value);
  });

const text = (value) => ({ type: 'text', text: value });
const paragraph = (sentences) => ({ type: 'paragraph', children: [text(sentences.join(' '))] });

/** Title, excerpt, body blocks and FAQ of one article about `subject`. */
const articleText = (random, subject) => {
  const fill = filler(random, subject);
  const sentences = (count) => random.sample(SENTENCES, count).map(fill);
  const body = [paragraph(sentences(random.int(3, 4)))];
  for (const heading of random.sample(HEADINGS, random.int(3, 5))) {
    body.push({ type: 'heading', level: 2, children: [text(fill(heading))] });
    body.push(paragraph(sentences(random.int(3, 5))));
    if (random.chance(0.3)) {
      body.push({
        type: 'list',
        format: 'unordered',
        children: random.sample(TIPS, random.int(3, 5)).map((tip) => ({ type: 'list-item', children: [text(fill(tip))] })),
      });
    }
  }
  return {
    title: fill(random.pick(TITLES)),
    excerpt: `${capitalise(subject.treatment)} and ${lower(subject.condition)}: what ${subject.audience} can expect, how many sessions help, and when to see a physiotherapist.`,
    body,
    faq: random.sample(FAQ, random.int(0, 2)).map(([question, answer]) => ({ question: fill(question), answer: fill(answer) })),
    sources: Array.from({ length: random.int(1, 3) }, () => ({
      title: `${capitalise(subject.treatment)} and ${lower(subject.condition)}: ${random.pick(STUDY_KINDS)}`,
      publisher: random.pick(V.PUBLISHERS),
      year: random.int(2010, 2025),
    })),
  };
};

module.exports = { articleText, capitalise, lower };
