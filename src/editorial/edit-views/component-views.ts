import type { EditView } from './edit-view';

const HOUR = { description: '24-hour time, HH:MM, e.g. 08:30.', placeholder: '08:30' };
const WEB_ADDRESS = { description: 'A full address starting with https://', placeholder: 'https://' };

export const COMPONENT_VIEWS: Readonly<Record<string, EditView>> = {
  'editorial.medical-review': {
    fields: {
      reviewerName: { label: 'Reviewer', description: 'The clinician who signed off, from their author profile.' },
      credentials: { label: 'Credentials', description: 'Their qualifications, from their author profile.' },
      registration: { label: 'Registration', description: 'Their professional registration, from their author profile.' },
      reviewedOn: {
        label: 'Reviewed on',
        description: 'The day they signed off. A review is good for {reviewMaxAgeMonths} months at most.',
      },
      signedOffAt: { label: 'Signed off at' },
      reviewerAccount: { label: 'Signed off by account', description: 'The admin panel account that signed off.' },
      contentSignature: {
        label: 'Version signed off',
        description: 'A fingerprint of the body, sources and FAQ that were signed off; publishing checks it still matches.',
      },
    },
    // Written by the sign-off only.
    readOnly: ['reviewerName', 'credentials', 'registration', 'reviewedOn', 'signedOffAt', 'reviewerAccount', 'contentSignature'],
  },
  'shared.source': {
    fields: {
      title: { label: 'Title', description: 'The study, guideline or page the article relies on.' },
      publisher: { label: 'Publisher', placeholder: 'NHS' },
      url: { label: 'Address', ...WEB_ADDRESS },
      year: { label: 'Year' },
    },
  },
  'shared.faq-item': {
    fields: { question: { label: 'Question' }, answer: { label: 'Answer', description: 'Plain text, a short paragraph.' } },
  },
  'shared.seo': {
    fields: {
      metaTitle: {
        label: 'Search title',
        description: 'Up to 70 characters; about 60 show in search results. Empty: the article’s title.',
      },
      metaDescription: {
        label: 'Search description',
        description: 'Up to 170 characters; about 155 show in search results. Empty: the summary.',
      },
      canonicalUrl: {
        label: 'Canonical address',
        description: 'Only when this article first appeared elsewhere: that address.',
        placeholder: 'https://',
      },
      socialImage: { label: 'Social image', description: 'The picture social networks show when the page is shared.' },
      noIndex: { label: 'Hide from search engines', description: 'Keeps the page out of search results and the sitemap.' },
    },
  },
  'shared.cover': {
    fields: {
      image: { label: 'Image' },
      alt: { label: 'Alt text', description: 'What the picture shows, for screen readers and when it does not load.' },
    },
  },
  'shared.alias': { fields: { name: { label: 'Name' } } },
  'location.address': {
    fields: {
      street: { label: 'Street' },
      city: { label: 'Town or city' },
      region: { label: 'County or region' },
      postalCode: { label: 'Postcode' },
      country: { label: 'Country' },
    },
  },
  'location.opening-hours': {
    fields: { day: { label: 'Day' }, opens: { label: 'Opens', ...HOUR }, closes: { label: 'Closes', ...HOUR, placeholder: '18:00' } },
  },
  'location.service': {
    fields: {
      name: { label: 'Treatment', placeholder: 'Sports massage' },
      description: { label: 'Description' },
      durationMinutes: { label: 'Length (minutes)' },
    },
  },
};
