/**
 * What the public API answers, written by hand from the controllers and the schemas so that a
 * front-end needs nothing from Strapi to read it. Dates are ISO strings as JSON carries them.
 */

/** Strapi's rich-text blocks, the shape the "blocks" field stores. */
export type TextNode = {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
};
export type LinkNode = { type: 'link'; url: string; children: TextNode[] };
export type InlineNode = TextNode | LinkNode;
export type ListItemNode = { type: 'list-item'; children: InlineNode[] };
export type ListNode = { type: 'list'; format: 'ordered' | 'unordered'; children: Array<ListItemNode | ListNode> };
export type Block =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] }
  | { type: 'quote'; children: InlineNode[] }
  | { type: 'code'; children: TextNode[] }
  | { type: 'image'; image: { url: string; alternativeText?: string | null; width?: number; height?: number }; children: TextNode[] }
  | ListNode;

type Entry = { id: number; documentId: string };
type Timestamps = { createdAt: string; updatedAt: string; publishedAt: string | null };

export type ImageFormat = { url: string; width: number; height: number };
export type Media = Entry & {
  url: string;
  alternativeText: string | null;
  width: number | null;
  height: number | null;
  formats: Record<string, ImageFormat> | null;
};

export type Seo = { metaTitle: string | null; metaDescription: string | null; canonicalUrl: string | null; noIndex: boolean | null; socialImage: Media | null };
export type MedicalReview = { reviewerName: string; credentials: string; reviewedOn: string };
export type Source = { title: string; publisher: string | null; url: string | null; year: number | null };
export type FaqItem = { question: string; answer: string };
export type Cover = { alt: string; image: Media | null };
export type Alias = { name: string };
export type Address = { street: string; city: string; region: string | null; postalCode: string; country: string };
export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
export type OpeningHours = { day: Weekday; opens: string; closes: string };
export type ClinicService = { name: string; description: string | null; durationMinutes: number | null };

export type BodyRegion = 'foot_ankle' | 'lower_leg' | 'knee' | 'thigh' | 'hip_pelvis' | 'lower_back' | 'upper_back_neck' | 'shoulder_arm' | 'whole_body';
export type EvidenceLevel = 'strong' | 'moderate' | 'limited' | 'anecdotal';

export type TermLink = Entry & { name: string; slug: string };
export type ConditionLink = TermLink & { summary: string | null; bodyRegion?: BodyRegion | null };
export type BenefitLink = TermLink & { summary: string | null; evidenceLevel?: EvidenceLevel | null };

export type Author = Entry &
  Timestamps & { name: string; slug: string; role: string | null; credentials: string | null; bio: string | null; avatar: Media | null };

/** An article in a list: latest articles, a term's articles, related articles. */
export type ArticleCard = Entry & {
  title: string;
  slug: string;
  excerpt: string | null;
  readingTimeMinutes: number | null;
  featured: boolean | null;
  publishedAt: string;
  updatedAt: string;
  cover: Cover | null;
  author: Pick<Author, 'id' | 'documentId' | 'name' | 'slug'> | null;
  topics: TermLink[];
};

export type RelatedArticle = ArticleCard & { relevance: number };

export type Clinic = Entry &
  Timestamps & {
    name: string;
    slug: string;
    summary: string | null;
    latitude: number;
    longitude: number;
    phone: string | null;
    email: string | null;
    website: string | null;
    bookingUrl: string | null;
    address: Address | null;
    openingHours: OpeningHours[];
  };

export type ClinicPage = Clinic & { services: ClinicService[] };
export type NearbyClinic = ClinicPage & { distanceKm: number; jsonLd: JsonLd };

/** An article with everything its page shows. Drafts (in previews) may lack required fields. */
export type ArticlePage = Entry &
  Timestamps & {
    title: string;
    slug: string | null;
    excerpt: string | null;
    body: Block[] | null;
    featured: boolean | null;
    readingTimeMinutes: number | null;
    scheduledPublishAt: string | null;
    scheduledUnpublishAt: string | null;
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

export type Topic = Entry & Timestamps & { name: string; slug: string; description: string | null };
export type TopicSummary = Pick<Topic, 'id' | 'documentId' | 'name' | 'slug' | 'description'>;

export type Condition = Entry &
  Timestamps & {
    name: string;
    slug: string;
    alsoKnownAs: Alias[];
    bodyRegion: BodyRegion | null;
    summary: string | null;
    symptoms: Block[] | null;
    whenToSeeClinician: Block[] | null;
    benefits: BenefitLink[];
  };

export type Benefit = Entry &
  Timestamps & {
    name: string;
    slug: string;
    alsoKnownAs: Alias[];
    summary: string | null;
    description: Block[] | null;
    evidenceLevel: EvidenceLevel | null;
    conditions: ConditionLink[];
  };

/** schema.org structured data, ready for a <script type="application/ld+json">. */
export type JsonLd = { '@context'?: string; '@type'?: string; '@graph'?: Array<Record<string, unknown>> } & Record<string, unknown>;

export type Pagination = { page: number; pageSize: number; pageCount: number; total: number };

export type ListResponse<T> = { data: T[]; meta: { pagination: Pagination } };
export type PageResponse<T> = { data: T; meta: { jsonLd: JsonLd } };
/** A topic, condition or benefit page: the term with one page of its published articles. */
export type TermPageResponse<T> = { data: T & { articles: ArticleCard[] }; meta: { pagination: Pagination; jsonLd?: JsonLd } };
export type RelatedResponse = { data: RelatedArticle[]; meta: { limit: number } };
export type NearbyResponse = {
  data: NearbyClinic[];
  meta: { origin: { lat: number; lng: number }; radiusKm: number; service: string | null; count: number };
};

export type SearchType = 'article' | 'condition' | 'benefit';
export type SearchHit = {
  type: SearchType;
  documentId: string;
  slug: string;
  title: string;
  /** HTML: the text escaped, the matched words wrapped in <mark>. Nothing else. */
  snippet: string;
  score: number;
  path: string;
};
export type SearchResponse = {
  data: SearchHit[];
  meta: { pagination: Pagination; query: string; correctedQuery: string | null };
};

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
export type PreviewResponse<T extends PreviewType> = { data: PreviewDocuments[T]; meta: { preview: true; expiresAt: string } };

/** Every 4xx and 5xx the API sends as JSON. */
export type ErrorBody = { data: null; error: { status: number; name: string; message: string; details?: unknown } };
