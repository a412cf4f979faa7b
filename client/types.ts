/**
 * What the public API answers. Every shape comes from ./openapi.ts, which `npm run client-types`
 * generates from the OpenAPI document; this file only says which of a schema's fields each
 * endpoint fills in. The document marks every field optional (`fields` and `populate` choose
 * them) and every attribute nullable (drafts may lack required ones); the pages below always
 * carry the fields named here. Dates are ISO strings as JSON carries them.
 */
import type { Block } from '../src/content-model/rich-text/blocks.js';
import type { components, paths } from './openapi.js';

type Schemas = components['schemas'];

/** Fields K of T that an answer always carries: `Filled` ones never null, `Nullable` ones maybe null. */
type Shape<T, Filled extends keyof T, Nullable extends keyof T = never> = { [K in Filled]-?: NonNullable<T[K]> } & {
  [K in Nullable]-?: T[K];
};

/** The JSON body GET `P` answers with 200. */
type Json<P extends keyof paths> = paths[P] extends { get: { responses: { 200: { content: { 'application/json': infer Body } } } } }
  ? Body
  : never;
/** That body, its data narrowed to what the client asks for. */
type Answer<P extends keyof paths, Data> = { data: Data; meta: Json<P> extends { meta: infer Meta } ? Meta : never };

type Entry = 'id' | 'documentId';
type Stamped = Entry | 'createdAt' | 'updatedAt';

// Strapi's rich-text blocks, the shape the "blocks" field stores (the document says only
// "objects with a type"): the app's own model of them, so that the two cannot drift apart.
export type { Block, InlineNode, LinkNode, ListItemNode, ListNode, TextNode } from '../src/content-model/rich-text/blocks.js';

/** One stored copy of an image, by name in `formats`: `small`, `large_avif`, `full_webp`... */
export type ImageFormat = NonNullable<Schemas['UploadFile']['formats']>[string];
export type Media = Shape<Schemas['UploadFile'], Entry | 'url', 'alternativeText' | 'width' | 'height' | 'focalPoint' | 'formats'>;

export type Seo = Shape<Schemas['SharedSeo'], never, 'metaTitle' | 'metaDescription' | 'canonicalUrl' | 'noIndex'> & {
  socialImage: Media | null;
};
export type MedicalReview = Shape<
  Schemas['EditorialMedicalReview'],
  'reviewerName' | 'credentials' | 'reviewedOn',
  'registration' | 'signedOffAt'
>;
/** Where an article's medical review stands today: `meta.review` of its page. */
export type ArticleReview = Schemas['ArticleReview'];
export type Source = Shape<Schemas['SharedSource'], 'title', 'publisher' | 'url' | 'year'>;
export type FaqItem = Shape<Schemas['SharedFaqItem'], 'question' | 'answer'>;
export type Cover = Shape<Schemas['SharedCover'], 'alt'> & { image: Media | null };
export type Alias = Shape<Schemas['SharedAlias'], 'name'>;
export type Address = Shape<Schemas['LocationAddress'], 'street' | 'city' | 'postalCode' | 'country', 'region'>;
export type Weekday = NonNullable<Schemas['LocationOpeningHours']['day']>;
export type OpeningHours = Shape<Schemas['LocationOpeningHours'], 'day' | 'opens' | 'closes'>;
export type ClinicService = Shape<Schemas['LocationService'], 'name', 'description' | 'durationMinutes'>;

export type BodyRegion = NonNullable<Schemas['Condition']['bodyRegion']>;
export type EvidenceLevel = NonNullable<Schemas['Benefit']['evidenceLevel']>;

export type TermLink = Shape<Schemas['Topic'], Entry | 'name' | 'slug'>;
export type ConditionLink = Shape<Schemas['Condition'], Entry | 'name' | 'slug', 'summary'> & Pick<Schemas['Condition'], 'bodyRegion'>;
export type BenefitLink = Shape<Schemas['Benefit'], Entry | 'name' | 'slug', 'summary'> & Pick<Schemas['Benefit'], 'evidenceLevel'>;

export type Author = Shape<Schemas['Author'], Stamped | 'name' | 'slug', 'publishedAt' | 'role' | 'credentials' | 'bio'> & {
  avatar: Media | null;
};

/** An article in a list: latest articles, a term's articles, related articles. */
export type ArticleCard = Shape<
  Schemas['Article'],
  Entry | 'title' | 'slug' | 'publishedAt' | 'updatedAt',
  'excerpt' | 'readingTimeMinutes' | 'featured'
> & {
  cover: Cover | null;
  author: Pick<Author, 'id' | 'documentId' | 'name' | 'slug'> | null;
  topics: TermLink[];
};
export type RelatedArticle = ArticleCard & Shape<Schemas['RelatedArticle'], 'relevance'>;

export type Clinic = Shape<
  Schemas['ClinicLocation'],
  Stamped | 'name' | 'slug' | 'latitude' | 'longitude',
  'publishedAt' | 'summary' | 'phone' | 'email' | 'website' | 'bookingUrl'
> & { address: Address | null; openingHours: OpeningHours[] };
export type ClinicPage = Clinic & { services: ClinicService[] };
export type NearbyClinic = ClinicPage & Shape<Schemas['NearbyClinic'], 'distanceKm' | 'jsonLd'>;

/** An article with everything its page shows. Drafts (in previews) may lack required fields. */
export type ArticlePage = Shape<
  Schemas['Article'],
  Stamped | 'title',
  'publishedAt' | 'slug' | 'excerpt' | 'featured' | 'readingTimeMinutes' | 'scheduledPublishAt' | 'scheduledUnpublishAt'
> & {
  body: Block[] | null;
  cover: Cover | null;
  author: Author | null;
  topics: TermLink[];
  benefits: BenefitLink[];
  conditions: ConditionLink[];
  clinicLocations: Clinic[];
  seo: Seo | null;
  medicalReview: MedicalReview | null;
  sources: Source[];
  faq: FaqItem[];
};

export type Topic = Shape<Schemas['Topic'], Stamped | 'name' | 'slug', 'publishedAt' | 'description'>;
export type TopicSummary = Pick<Topic, 'id' | 'documentId' | 'name' | 'slug' | 'description'>;

export type Condition = Shape<Schemas['Condition'], Stamped | 'name' | 'slug', 'publishedAt' | 'bodyRegion' | 'summary'> & {
  alsoKnownAs: Alias[];
  symptoms: Block[] | null;
  whenToSeeClinician: Block[] | null;
  benefits: BenefitLink[];
};

export type Benefit = Shape<Schemas['Benefit'], Stamped | 'name' | 'slug', 'publishedAt' | 'summary' | 'evidenceLevel'> & {
  alsoKnownAs: Alias[];
  description: Block[] | null;
  conditions: ConditionLink[];
};

/** schema.org structured data, ready for a <script type="application/ld+json">. */
export type JsonLd = Schemas['JsonLd'];
export type Pagination = Schemas['Pagination'];

export type ListResponse<T> = Answer<'/api/articles', T[]>;
/** An article page: the article, its JSON-LD, its review cycle and its robots hint. */
export type ArticlePageResponse = Answer<'/api/articles/slug/{slug}', ArticlePage>;
/** Another type's page (a clinic): the document and its JSON-LD. */
export type PageResponse<T> = Answer<'/api/clinic-locations/slug/{slug}', T>;
/** A topic, condition or benefit page: the term with one page of its published articles. */
export type TermPageResponse<T> = Answer<'/api/topics/slug/{slug}', T & { articles: ArticleCard[] }>;
export type RelatedResponse = Answer<'/api/articles/slug/{slug}/related', RelatedArticle[]>;
export type NearbyResponse = Answer<'/api/clinic-locations/nearby', NearbyClinic[]>;

export type SearchHit = Schemas['SearchHit'];
export type SearchType = SearchHit['type'];
export type SearchResponse = Json<'/api/search'>;

/** An old page address and where it leads now; page endpoints answer an old slug with it too (and fetch follows). */
export type Redirect = Schemas['Redirect'];
export type RedirectsResponse = Json<'/api/redirects'>;

/** What each preview type's draft looks like: the page shape, without the term's article list. */
export type PreviewDocuments = {
  article: ArticlePage;
  condition: Condition;
  benefit: Benefit;
  topic: Topic;
  'clinic-location': ClinicPage;
  author: Author;
};
export type PreviewType = keyof PreviewDocuments;
export type PreviewResponse<T extends PreviewType> = Answer<'/api/preview/{type}/{documentId}', PreviewDocuments[T]>;

/** Every 4xx and 5xx the API sends as JSON. */
export type ErrorBody = Schemas['Error'];
