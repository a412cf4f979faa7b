import type { EditView } from './edit-view';
import { ARTICLE_SYSTEM_FIELDS } from '../roles';

const NAME = { label: 'Name' };
const SLUG = {
  label: 'URL slug',
  description: 'The last part of the page address. Filled from the name when left empty; changing it breaks old links.',
};
const LAST_EDITED = { label: 'Last edited' };
const ARTICLES = { label: 'Articles', description: 'Articles that link here. Usually set from the article itself.' };

const ARTICLE: EditView = {
  fields: {
    title: {
      label: 'Title',
      description: 'The headline, as readers and search results show it.',
      placeholder: 'Why runners should book a regular massage',
    },
    slug: SLUG,
    excerpt: {
      label: 'Summary',
      description: 'One or two sentences for article cards, the RSS feed and the search-result snippet when the SEO description is empty.',
    },
    body: { label: 'Body', description: 'Headings, lists, quotes and links. Health claims need a source below.' },
    cover: {
      label: 'Cover image',
      description: 'Shown on cards and social shares. The alt text describes the picture for people who cannot see it.',
    },
    featured: {
      label: 'Featured',
      description: 'Marks the article for a highlight slot; front-ends ask for it with filters[featured]=true.',
    },
    author: { label: 'Author' },
    topics: { label: 'Topics', description: 'What the article is about; each topic has a page and a feed.' },
    conditions: { label: 'Conditions', description: 'Complaints the article covers, such as plantar fasciitis or shin splints.' },
    benefits: { label: 'Benefits', description: 'What the treatment does that the article explains.' },
    clinicLocations: { label: 'Clinics to book', description: 'Clinics offering what the article describes; shown under it.' },
    medicalReview: {
      label: 'Medical review',
      description:
        'Needed to publish. Filled in when a medical reviewer signs off this version from the Quality check panel, never typed. A change to the body, sources or FAQ needs a new sign-off.',
    },
    reviewIntervalMonths: {
      label: 'Review every (months)',
      description:
        'Optional: a shorter review cycle for a fast-moving topic. Empty: every {reviewMaxAgeMonths} months, the longest allowed.',
      placeholder: '{reviewMaxAgeMonths}',
    },
    lastReviewedOn: { label: 'Last reviewed', description: 'The date of the latest sign-off.' },
    nextReviewDue: {
      label: 'Next review due',
      description:
        'The reviewer and the article’s owner are reminded {dueSoonDays} days before; from this day the review is overdue and readers are told ({overdueAction}).',
    },
    sources: { label: 'Sources', description: 'Needed to publish: at least one, with a title. Add the address when there is one.' },
    faq: { label: 'Questions and answers', description: 'Shown under the article and marked up for search engines.' },
    seo: {
      label: 'Search and social',
      description: 'Optional: the title and description search engines and social cards show, when the article’s own do not fit.',
    },
    scheduledPublishAt: {
      label: 'Publish at',
      description: 'Published automatically at this time if it can be (the same checks as the Publish button).',
    },
    scheduledUnpublishAt: { label: 'Unpublish at', description: 'Taken down automatically at this time.' },
    scheduleError: {
      label: 'Scheduling problem',
      description: 'Why the last scheduled publish was refused, if it was. Cleared when it succeeds.',
    },
    readingTimeMinutes: { label: 'Reading time (minutes)', description: 'Computed from the body on every save.' },
    importSourceKey: { label: 'Imported from', description: 'Set by the importer: the file or address this article came from.' },
    importSourceHash: {
      label: 'Imported version',
      description: 'Set by the importer, so that importing the same file again changes nothing.',
    },
    originallyPublishedAt: {
      label: 'First published on the old site',
      description: 'Set by the WordPress import, for reference: when the post first went live there.',
    },
    updatedAt: LAST_EDITED,
  },
  sections: [
    ['title', 'slug', 'excerpt', 'body', 'cover', 'featured'],
    ['author', 'topics', 'conditions', 'benefits', 'clinicLocations'],
    ['medicalReview', 'reviewIntervalMonths', 'lastReviewedOn', 'nextReviewDue', 'sources', 'faq'],
    ['seo'],
    ['scheduledPublishAt', 'scheduledUnpublishAt', 'scheduleError', 'readingTimeMinutes'],
    ['importSourceKey', 'importSourceHash', 'originallyPublishedAt'],
  ],
  listColumns: ['title', 'author', 'lastReviewedOn', 'nextReviewDue', 'updatedAt'],
  readOnly: ARTICLE_SYSTEM_FIELDS,
};

const TERM_DESCRIPTION = { label: 'Description', description: 'The introduction at the top of the page.' };
const ALSO_KNOWN_AS = {
  label: 'Also known as',
  description: 'Other names readers search for; the search and the importer match them too.',
};

export const CONTENT_TYPE_VIEWS: Readonly<Record<string, EditView>> = {
  'api::article.article': ARTICLE,
  'api::topic.topic': {
    fields: { name: NAME, slug: SLUG, description: TERM_DESCRIPTION, articles: ARTICLES },
    sections: [['name', 'slug', 'description'], ['articles']],
  },
  'api::condition.condition': {
    fields: {
      name: { label: 'Name', placeholder: 'Plantar fasciitis' },
      slug: SLUG,
      alsoKnownAs: ALSO_KNOWN_AS,
      bodyRegion: { label: 'Body region' },
      summary: { label: 'Summary', description: 'One or two sentences for cards and search results.' },
      symptoms: { label: 'Symptoms', description: 'What a reader notices, in plain words.' },
      whenToSeeClinician: {
        label: 'When to see a clinician',
        description: 'Signs that need a professional, and which ones need one urgently.',
      },
      benefits: { label: 'Treatment benefits', description: 'What treatment can do for this condition.' },
      articles: ARTICLES,
    },
    sections: [
      ['name', 'slug', 'bodyRegion', 'alsoKnownAs', 'summary'],
      ['symptoms', 'whenToSeeClinician'],
      ['benefits', 'articles'],
    ],
  },
  'api::benefit.benefit': {
    fields: {
      name: { label: 'Name', placeholder: 'Faster recovery between sessions' },
      slug: SLUG,
      alsoKnownAs: ALSO_KNOWN_AS,
      summary: { label: 'Summary', description: 'One or two sentences for cards and search results.' },
      description: { label: 'Description' },
      evidenceLevel: { label: 'Strength of evidence', description: 'How well research supports it; readers see this next to the benefit.' },
      conditions: { label: 'Conditions it helps' },
      articles: ARTICLES,
    },
    sections: [
      ['name', 'slug', 'evidenceLevel', 'alsoKnownAs', 'summary', 'description'],
      ['conditions', 'articles'],
    ],
  },
  'api::clinic-location.clinic-location': {
    fields: {
      name: { label: 'Clinic name' },
      slug: SLUG,
      summary: { label: 'Summary', description: 'What the clinic offers, in a sentence or two.' },
      address: { label: 'Address' },
      latitude: { label: 'Latitude', description: 'Decimal degrees, e.g. 51.4545. Used to find the nearest clinic.' },
      longitude: { label: 'Longitude', description: 'Decimal degrees, e.g. -2.5879 (negative west of Greenwich).' },
      phone: { label: 'Phone' },
      email: { label: 'E-mail' },
      website: { label: 'Website', placeholder: 'https://' },
      bookingUrl: { label: 'Booking page', description: 'Where "Book" on the site leads.', placeholder: 'https://' },
      openingHours: { label: 'Opening hours', description: 'One row per opening; a day with two openings has two rows.' },
      services: { label: 'Treatments' },
      articles: ARTICLES,
    },
    sections: [
      ['name', 'slug', 'summary'],
      ['address', 'latitude', 'longitude'],
      ['phone', 'email', 'website', 'bookingUrl'],
      ['openingHours', 'services'],
      ['articles'],
    ],
  },
  'api::author.author': {
    fields: {
      name: NAME,
      slug: SLUG,
      role: { label: 'Role', placeholder: 'Sports massage therapist' },
      credentials: { label: 'Credentials', description: 'Qualifications, as readers and search engines see them.' },
      registration: {
        label: 'Professional registration',
        description: 'The register and number, e.g. "HCPC PH123456"; shown with the medical reviews this person signs off.',
        placeholder: 'HCPC PH123456',
      },
      accountEmail: {
        label: 'Admin panel account',
        description:
          'The e-mail this person signs in to the admin panel with. A medical reviewer needs it here (with credentials) to sign off articles. Never shown publicly.',
      },
      bio: { label: 'About', description: 'A short biography for the author’s line under each article.' },
      avatar: { label: 'Photo' },
      articles: ARTICLES,
    },
    sections: [['name', 'slug', 'role', 'credentials', 'registration', 'bio', 'avatar'], ['accountEmail'], ['articles']],
  },
  'api::health-claim-rule.health-claim-rule': {
    fields: {
      ruleId: { label: 'Rule name', description: 'A short, unique name such as "cures-injury".' },
      pattern: {
        label: 'Pattern',
        description: 'A regular expression, matched case-insensitively against each sentence, e.g. \\bflush(es)? out toxins\\b.',
      },
      why: {
        label: 'Why it is flagged',
        description: 'What the editor reads next to the sentence: why the claim is a problem, and what to write instead.',
      },
      severity: { label: 'Severity', description: '"disputed": the claim should go; "needs-source": keep it only with a source.' },
      enabled: { label: 'In use' },
      updatedAt: LAST_EDITED,
    },
    sections: [
      ['ruleId', 'severity', 'enabled'],
      ['pattern', 'why'],
    ],
    listColumns: ['ruleId', 'severity', 'enabled', 'updatedAt'],
  },
};
