import type { UID } from '@strapi/strapi';
import {
  ARTICLE_CARD,
  ARTICLE_PAGE_POPULATE,
  AUTHOR_PAGE_POPULATE,
  BENEFIT_PAGE_POPULATE,
  CLINIC_LIST_POPULATE,
  CLINIC_PAGE_POPULATE,
  CONDITION_PAGE_POPULATE,
} from './page-populate';
import { ARTICLE_SEARCH, BENEFIT_SEARCH, CONDITION_SEARCH, type Searchable, type SearchType } from './search-text';

/** The other pages of the site that show a document: through which relations, and which listings. */
type ShownOn = { readonly relations: ReadonlyArray<{ attribute: string; uid: UID.ContentType }>; readonly listings: readonly string[] };

/** What one content type is to the rest of the app. Adding a type is its schema plus one entry here. */
export type ContentTypeEntry = {
  readonly uid: UID.ContentType;
  /** The public role may find and findOne it (published versions only); writes stay closed. */
  readonly isPublic: boolean;
  /** Where its pages live on the public site (`/articles/:slug`). */
  readonly pagePrefix: string;
  /** Whether its pages are listed in the sitemap. */
  readonly inSitemap: boolean;
  /** What its page shows, fetched in one request: an explicit tree, never populate=*. */
  readonly pagePopulate: object;
  /** What each entry of a list shows when the client asks for nothing else. */
  readonly listPopulate?: object;
  readonly search?: Searchable;
  readonly shownOn: ShownOn;
};

export const ARTICLE = 'api::article.article';

const ON_ITS_ARTICLES: ShownOn = { relations: [{ attribute: 'articles', uid: ARTICLE }], listings: [] };

export const CONTENT_MODEL: readonly ContentTypeEntry[] = [
  {
    uid: ARTICLE,
    isPublic: true,
    pagePrefix: '/articles',
    inSitemap: true,
    pagePopulate: ARTICLE_PAGE_POPULATE,
    listPopulate: ARTICLE_CARD.populate,
    search: ARTICLE_SEARCH,
    shownOn: {
      relations: [
        { attribute: 'topics', uid: 'api::topic.topic' },
        { attribute: 'conditions', uid: 'api::condition.condition' },
        { attribute: 'benefits', uid: 'api::benefit.benefit' },
        { attribute: 'clinicLocations', uid: 'api::clinic-location.clinic-location' },
        { attribute: 'author', uid: 'api::author.author' },
      ],
      // Listings that show any article: the home page and the feed (the sitemap lists every page).
      listings: ['/', '/feed.xml'],
    },
  },
  { uid: 'api::topic.topic', isPublic: true, pagePrefix: '/topics', inSitemap: true, pagePopulate: {}, shownOn: ON_ITS_ARTICLES },
  {
    uid: 'api::condition.condition',
    isPublic: true,
    pagePrefix: '/conditions',
    inSitemap: true,
    pagePopulate: CONDITION_PAGE_POPULATE,
    search: CONDITION_SEARCH,
    shownOn: ON_ITS_ARTICLES,
  },
  {
    uid: 'api::benefit.benefit',
    isPublic: true,
    pagePrefix: '/benefits',
    inSitemap: true,
    pagePopulate: BENEFIT_PAGE_POPULATE,
    search: BENEFIT_SEARCH,
    shownOn: ON_ITS_ARTICLES,
  },
  {
    uid: 'api::clinic-location.clinic-location',
    isPublic: true,
    pagePrefix: '/clinics',
    inSitemap: true,
    pagePopulate: CLINIC_PAGE_POPULATE,
    listPopulate: CLINIC_LIST_POPULATE,
    shownOn: ON_ITS_ARTICLES,
  },
  // Bylines link to author pages; the example site has none yet, so the sitemap leaves them out.
  {
    uid: 'api::author.author',
    isPublic: true,
    pagePrefix: '/authors',
    inSitemap: false,
    pagePopulate: AUTHOR_PAGE_POPULATE,
    listPopulate: AUTHOR_PAGE_POPULATE,
    shownOn: ON_ITS_ARTICLES,
  },
];

const BY_UID = new Map<string, ContentTypeEntry>(CONTENT_MODEL.map((entry) => [entry.uid, entry]));

/** A type's entry, or undefined for what the site does not show (users, claim rules, media). */
export const entryOf = (uid: string): ContentTypeEntry | undefined => BY_UID.get(uid);

/** The content types a public site reads. Everything else stays closed to the public role. */
export const PUBLIC_CONTENT_TYPES: readonly UID.ContentType[] = CONTENT_MODEL.filter((entry) => entry.isPublic).map((entry) => entry.uid);
export const isPublicContentType = (uid: string) => entryOf(uid)?.isPublic === true;

/** What site search covers, by type, and back from a hit's kind to its type. */
export const SEARCHABLE: ReadonlyMap<UID.ContentType, Searchable> = new Map(
  CONTENT_MODEL.flatMap((entry) => (entry.search ? [[entry.uid, entry.search] as const] : []))
);
export const SEARCH_TYPES: SearchType[] = [...SEARCHABLE.values()].map((searchable) => searchable.type);
/** The search types with few documents, every match of which is ranked (see Searchable). */
export const FEW_SEARCH_TYPES: ReadonlySet<SearchType> = new Set(
  [...SEARCHABLE.values()].filter((searchable) => searchable.few).map((searchable) => searchable.type)
);
export const uidOfSearchType = (type: SearchType): UID.ContentType =>
  [...SEARCHABLE].find(([, searchable]) => searchable.type === type)![0];
