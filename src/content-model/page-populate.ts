/**
 * What each type's page needs, fetched in one request: explicit trees rather than populate=*,
 * so a page never pulls more than it shows.
 *
 * Every `fields` list ends in documentId: Strapi always selects it, and pushes it onto a list that
 * lacks it (transformFields in its Document Service), which changed these shared trees in place.
 */
export const ARTICLE_PAGE_POPULATE = {
  cover: { populate: { image: true } },
  author: { populate: { avatar: true } },
  topics: { fields: ['name', 'slug', 'documentId'] },
  benefits: { fields: ['name', 'slug', 'summary', 'evidenceLevel', 'documentId'] },
  conditions: { fields: ['name', 'slug', 'summary', 'bodyRegion', 'documentId'] },
  clinicLocations: { populate: { address: true, openingHours: true } },
  seo: { populate: { socialImage: true } },
  medicalReview: true,
  sources: true,
  faq: true,
} as const;

export const CONDITION_PAGE_POPULATE = {
  alsoKnownAs: true,
  benefits: { fields: ['name', 'slug', 'summary', 'evidenceLevel', 'documentId'] },
} as const;

export const BENEFIT_PAGE_POPULATE = {
  alsoKnownAs: true,
  conditions: { fields: ['name', 'slug', 'summary', 'documentId'] },
} as const;

export const CLINIC_PAGE_POPULATE = {
  address: true,
  openingHours: true,
  services: true,
} as const;

export const CLINIC_LIST_POPULATE = { address: true } as const;

export const AUTHOR_PAGE_POPULATE = { avatar: true } as const;

/** An article as a card in a list: enough for a title, teaser, byline, tags and image. */
export const ARTICLE_CARD = {
  fields: ['title', 'slug', 'excerpt', 'readingTimeMinutes', 'featured', 'publishedAt', 'updatedAt', 'documentId'],
  populate: {
    cover: { populate: { image: { fields: ['url', 'alternativeText', 'width', 'height', 'focalPoint', 'formats'] } } },
    author: { fields: ['name', 'slug', 'documentId'] },
    topics: { fields: ['name', 'slug', 'documentId'] },
  },
} as const;
