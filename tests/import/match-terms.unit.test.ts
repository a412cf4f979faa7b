import { findTerms, normaliseForMatching, suggestMissingTerms, type TaxonomyTerm } from '../../src/editorial/import/match-terms';

const TAXONOMY: TaxonomyTerm[] = [
  { key: 'itbs', names: ['IT band syndrome', 'ITBS', 'iliotibial band syndrome'] },
  { key: 'runners-knee', names: ["Runner's knee", 'patellofemoral pain syndrome'] },
  { key: 'doms', names: ['DOMS', 'delayed onset muscle soreness'] },
  { key: 'shin-splints', names: ['Shin splints', 'medial tibial stress syndrome'] },
  { key: 'hamstring-strain', names: ['Hamstring strain'] },
];

describe('normaliseForMatching', () => {
  it('drops case, accents, apostrophes of any kind, hyphens and punctuation', () => {
    expect(normaliseForMatching('  Runner’s-Knee!  ')).toBe('runners knee');
    expect(normaliseForMatching("RUNNER'S knee")).toBe('runners knee');
    expect(normaliseForMatching('Café—Massage, (DOMS)')).toBe('cafe massage doms');
  });
});

describe('findTerms', () => {
  it.each([
    ['Many runners develop IT band syndrome in their first marathon block.', 'itbs'],
    ['ITBS flares up on long downhill runs.', 'itbs'],
    ['Pain at the front of the knee, often called runner’s knee, is common.', 'runners-knee'],
    ['Runners knee responds well to load management.', 'runners-knee'],
    ['RUNNER-S KNEE? No: runner’s-knee.', 'runners-knee'],
    ['DOMS peaks a day or two after hard eccentric work.', 'doms'],
    ['That "doms" feeling after leg day.', 'doms'],
    ['Shin-splints can stop a season.', 'shin-splints'],
    ['A shin splint on one side only needs checking.', 'shin-splints'],
    ['Two hamstring strains in one season is a warning sign.', 'hamstring-strain'],
  ])('"%s" is linked to %s', (text, key) => {
    expect(findTerms(text, TAXONOMY)).toEqual([key]);
  });

  it.each([
    'The kingdoms of the north had no physiotherapists.',
    'A bruise on the shin usually fades in a week.',
    'Knee pain in runners has many causes.',
    'The ITB is a thick band of fascia.',
    'Splints are used after fractures.',
  ])('"%s" is linked to nothing', (text) => {
    expect(findTerms(text, TAXONOMY)).toEqual([]);
  });

  it('returns each key once, in taxonomy order', () => {
    const text = 'Shin splints, then DOMS, then more shin splints and delayed onset muscle soreness.';
    expect(findTerms(text, TAXONOMY)).toEqual(['doms', 'shin-splints']);
  });

  it('ignores empty names', () => {
    expect(findTerms('anything at all', [{ key: 'blank', names: ['', '  '] }])).toEqual([]);
  });
});

describe('suggestMissingTerms', () => {
  const text = [
    'Many running injuries, such as IT band syndrome, plantar fasciitis or piriformis syndrome, build up slowly.',
    'Lower back pain and a calf strain are also common, and massage may reduce pain.',
    'Stress fractures need rest. We often see DOMS and Achilles tendinopathy too.',
    'Clients report better sleep quality, improved range of motion and faster recovery.',
  ].join(' ');

  it('suggests condition-like phrases, keeping acronyms in capitals', () => {
    const conditions = suggestMissingTerms(text, [])
      .filter((suggestion) => suggestion.kind === 'condition')
      .map((suggestion) => suggestion.term);
    expect(conditions).toEqual(
      expect.arrayContaining([
        'IT band syndrome',
        'plantar fasciitis',
        'piriformis syndrome',
        'lower back pain',
        'calf strain',
        'stress fractures',
        'achilles tendinopathy',
        'DOMS',
      ])
    );
    expect(conditions).not.toContain('reduce pain');
    expect(conditions.some((term) => /injuries|such as/.test(term))).toBe(false);
  });

  it('suggests benefits by their usual name', () => {
    const benefits = suggestMissingTerms(text, [])
      .filter((suggestion) => suggestion.kind === 'benefit')
      .map((suggestion) => suggestion.term);
    expect(benefits).toEqual(expect.arrayContaining(['sleep quality', 'range of motion', 'improved recovery', 'pain relief']));
  });

  it('leaves out what the taxonomy already names, by any spelling or plural', () => {
    const known = ['IT Band Syndrome', 'Plantar-fasciitis', 'stress fracture', 'DOMS', 'Sleep quality', 'Pain relief'];
    const terms = suggestMissingTerms(text, known).map((suggestion) => suggestion.term);
    for (const covered of ['IT band syndrome', 'plantar fasciitis', 'stress fractures', 'DOMS', 'sleep quality', 'pain relief'])
      expect(terms).not.toContain(covered);
    expect(terms).toContain('piriformis syndrome');
  });

  it('suggests each term once, well-known conditions under their usual name', () => {
    const terms = suggestMissingTerms('Hip pain. hip pain! HIP PAIN and a shin splint, then shin splints.', []).map(
      (suggestion) => suggestion.term
    );
    expect(terms).toEqual(['hip pain', 'shin splints']);
  });
});
