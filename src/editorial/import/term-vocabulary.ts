// The vocabulary behind missing-term suggestions. Extending it is a data change: add a word
// or a pattern, not code.

/** Condition names that no suffix or head word gives away. Written as they should be shown. */
export const NAMED_CONDITIONS = [
  'shin splints',
  'tennis elbow',
  "golfer's elbow",
  "runner's knee",
  "jumper's knee",
  'frozen shoulder',
  'whiplash',
  'sciatica',
  'DOMS',
  'delayed onset muscle soreness',
  'muscle knots',
  'trigger points',
  'headaches',
  'migraines',
  'fibromyalgia',
  'scoliosis',
];

/** Suffixes of medical condition words: tendinitis, osteoarthritis, stenosis, metatarsalgia, neuropathy. */
export const CONDITION_SUFFIX = /(?:itis|osis|algia|opathy)$/;
// Words with those endings that are not conditions (or are treatments).
export const NOT_CONDITIONS = new Set([
  'diagnosis',
  'prognosis',
  'hypnosis',
  'osteopathy',
  'naturopathy',
  'homeopathy',
  'allopathy',
  'nostalgia',
]);

/** Head words whose modifiers are usually specific names: "piriformis syndrome", "patellar tendinopathy". */
export const OPEN_HEADS = new Set(['syndrome', 'tendinopathy', 'tendinosis', 'impingement', 'dysfunction']);

/** Head words that name a condition only with a body part in front: "hip pain", "calf strain", "stress fracture". */
export const BODY_PART_HEADS = new Set([
  'pain',
  'ache',
  'aches',
  'strain',
  'strains',
  'sprain',
  'sprains',
  'fracture',
  'fractures',
  'tear',
  'tears',
  'spasm',
  'spasms',
  'cramp',
  'cramps',
]);

export const BODY_PARTS = new Set([
  'back',
  'neck',
  'shoulder',
  'shoulders',
  'knee',
  'knees',
  'hip',
  'hips',
  'ankle',
  'ankles',
  'foot',
  'feet',
  'heel',
  'heels',
  'arch',
  'calf',
  'calves',
  'shin',
  'shins',
  'hamstring',
  'hamstrings',
  'quad',
  'quads',
  'quadriceps',
  'groin',
  'glute',
  'glutes',
  'gluteal',
  'elbow',
  'elbows',
  'wrist',
  'wrists',
  'hand',
  'thumb',
  'achilles',
  'tendon',
  'ligament',
  'muscle',
  'muscles',
  'joint',
  'joints',
  'jaw',
  'chest',
  'rib',
  'spine',
  'spinal',
  'pelvic',
  'pelvis',
  'sacroiliac',
  'acl',
  'mcl',
  'pcl',
  'meniscus',
  'rotator',
  'cuff',
  'lumbar',
  'thoracic',
  'cervical',
  'abdominal',
  'adductor',
  'flexor',
  'plantar',
  'patellar',
  'arm',
  'leg',
  'legs',
  'toe',
  'toes',
  'thigh',
  'buttock',
  'stress',
  'repetitive',
]);
/** Other words that name structures in condition names: "IT band syndrome", "carpal tunnel syndrome". */
export const ANATOMY_NOUNS = new Set([
  'band',
  'tunnel',
  'compartment',
  'fascia',
  'tract',
  'bursa',
  'nerve',
  'disc',
  'facet',
  'outlet',
  'head',
  'tibial',
]);
export const POSITION_WORDS = new Set([
  'lower',
  'upper',
  'mid',
  'inner',
  'outer',
  'front',
  'anterior',
  'posterior',
  'medial',
  'lateral',
  'left',
  'right',
]);

/** Words that end a run of modifiers: function words, verbs that precede conditions, severity words. */
export const STOP_WORDS = new Set(
  `a an the and or but of in on at to for from by with as such like than into onto about over under after before during without within
  is are was were be been being has have had do does did can could may might will would should must it its this that these those
  your you our we their they his her my me us i who which what when where why how all any some many much more most other another
  each every both either no not only also even very too so just if then there here
  cause causes caused causing lead leads leading develop develops developing developed get gets getting got suffer suffers suffering
  treat treats treating treated manage managing prevent prevents preventing avoid avoiding reduce reduces reducing relieve relieves
  relieving ease eases easing help helps helping helped include includes including diagnosed experience experiencing feel feeling
  chronic acute severe mild painful nagging common persistent recurring recurrent minor serious full blown early signs symptoms
  runners runner people athletes patients clients massage therapy treatment cases case risk type types form forms
  several general typical usual actual local total normal physical medical clinical special potential particular original`.split(/\s+/)
);

/** Benefits as clinics phrase them, matched on normalised text, shown by their label. */
export const BENEFIT_PATTERNS: Array<{ label: string; pattern: RegExp }> = [
  {
    label: 'improved recovery',
    pattern:
      /\b(?:improv\w*|faster|quicker|better|enhanc\w*|speed\w* up|aid\w*|boost\w*|support\w*) (?:\w+ ){0,2}recovery\b|\brecovery time\b/,
  },
  {
    label: 'injury prevention',
    pattern:
      /\binjury prevention\b|\bprevent\w* (?:\w+ ){0,2}injur(?:y|ies)\b|\b(?:reduc\w*|lower\w*|decreas\w*|minimi[sz]\w*) (?:the |your )?risk of (?:\w+ )?injur(?:y|ies)\b/,
  },
  { label: 'stress relief', pattern: /\bstress (?:relief|reduction)\b|\b(?:reduc\w*|reliev\w*|lower\w*|eas\w*) (?:\w+ )?stress\b/ },
  { label: 'pain relief', pattern: /\bpain relief\b|\b(?:reduc\w*|reliev\w*|eas\w*|alleviat\w*|decreas\w*) (?:\w+ ){0,2}pain\b/ },
  { label: 'range of motion', pattern: /\brange of (?:motion|movement)\b/ },
  { label: 'flexibility', pattern: /\bflexibility\b/ },
  { label: 'mobility', pattern: /\bmobility\b/ },
  { label: 'sleep quality', pattern: /\bsleep quality\b|\bquality of sleep\b|\b(?:better|improv\w*|deeper) sleep\b/ },
  { label: 'relaxation', pattern: /\brelaxation\b/ },
  {
    label: 'improved circulation',
    pattern: /\b(?:improv\w*|increas\w*|boost\w*|better|enhanc\w*|promot\w*) (?:\w+ ){0,2}(?:circulation|blood flow)\b/,
  },
  { label: 'reduced muscle soreness', pattern: /\b(?:reduc\w*|less|decreas\w*|eas\w*|reliev\w*) (?:\w+ ){0,2}soreness\b/ },
  { label: 'reduced muscle tension', pattern: /\b(?:reduc\w*|reliev\w*|releas\w*|eas\w*|alleviat\w*|loosen\w*) (?:\w+ ){0,2}tension\b/ },
  { label: 'better posture', pattern: /\b(?:improv\w*|better|restor\w*|correct\w*) (?:\w+ ){0,2}posture\b/ },
  { label: 'improved performance', pattern: /\b(?:improv\w*|enhanc\w*|boost\w*|better|peak) (?:\w+ ){0,2}performance\b/ },
  { label: 'lower blood pressure', pattern: /\b(?:lower\w*|reduc\w*|decreas\w*) (?:\w+ )?blood pressure\b/ },
  { label: 'rehabilitation', pattern: /\brehab(?:ilitation)?\b/ },
];
