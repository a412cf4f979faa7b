import type {
  ArticleCard,
  ArticlePageResponse,
  Benefit,
  ClinicPage,
  Condition,
  ErrorBody,
  ListResponse,
  NearbyResponse,
  PageResponse,
  PreviewResponse,
  PreviewType,
  RedirectsResponse,
  RelatedResponse,
  SearchResponse,
  SearchType,
  Topic,
  TermPageResponse,
  TopicSummary,
} from './types.js';

// Type-only re-exports are erased at compile time: this file stays the client's one runtime
// module, which lets Node, Jest and browsers (without a bundler) load it as it is.
export type * from './types.js';

/** The subset of fetch the client uses, so any implementation (browser, Node, a test double) fits. */
export type FetchLike = (
  url: string,
  init?: { headers?: Record<string, string> }
) => Promise<{ ok: boolean; status: number; statusText: string; text(): Promise<string> }>;

export type WellnessClientOptions = { baseUrl: string; fetch?: FetchLike };
export type PageParams = { page?: number; pageSize?: number };

/** A 4xx or 5xx answer from the API, with Strapi's error name and message. */
export class WellnessApiError extends Error {
  readonly status: number;
  readonly details: unknown;

  constructor(status: number, name: string, message: string, details?: unknown) {
    super(message);
    this.name = name;
    this.status = status;
    this.details = details;
  }
}

type QueryValue = string | number | boolean | null | undefined | QueryValue[] | { [key: string]: QueryValue };

/** Strapi's nested query parameters (qs bracket syntax): { a: { b: [1] } } becomes a[b][0]=1. */
const appendQuery = (params: URLSearchParams, key: string, value: QueryValue): void => {
  if (value === undefined || value === null) return;
  if (typeof value !== 'object') {
    params.append(key, String(value));
    return;
  }
  const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
  for (const [name, item] of entries) appendQuery(params, key ? `${key}[${name}]` : name, item);
};

const describeStatus = (status: number, statusText: string) => statusText || `The server answered ${status}.`;

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

const isErrorBody = (body: unknown): body is ErrorBody =>
  typeof body === 'object' && body !== null && typeof (body as ErrorBody).error?.message === 'string';

const segment = (value: string) => encodeURIComponent(value);

/** A typed client for the wellness CMS's public API. */
export const createWellnessClient = ({ baseUrl, fetch: fetchImpl }: WellnessClientOptions) => {
  const root = baseUrl.replace(/\/+$/, '');
  // Looked up per call (not bound once) so a fetch installed after the client is made still counts.
  const send: FetchLike = (url, init) => (fetchImpl ?? globalThis.fetch)(url, init);

  const get = async <T>(path: string, query: Record<string, QueryValue> = {}): Promise<T> => {
    const params = new URLSearchParams();
    appendQuery(params, '', query);
    const search = params.toString();
    const response = await send(`${root}${path}${search ? `?${search}` : ''}`, { headers: { Accept: 'application/json' } });
    const body = parseJson(await response.text());
    if (!response.ok) {
      if (isErrorBody(body))
        throw new WellnessApiError(body.error.status ?? response.status, body.error.name, body.error.message, body.error.details);
      throw new WellnessApiError(response.status, 'HttpError', describeStatus(response.status, response.statusText));
    }
    if (body === undefined)
      throw new WellnessApiError(response.status, 'InvalidResponse', 'The API answered with something other than JSON.');
    return body as T;
  };

  const termPage =
    <T>(collection: string) =>
    (slug: string, { page, pageSize }: PageParams = {}) =>
      get<TermPageResponse<T>>(`/api/${collection}/slug/${segment(slug)}`, { page, pageSize });

  return {
    /** Published articles as cards, newest first, optionally of one topic: the read model's list. */
    latestArticles: ({ topic, page = 1, pageSize = 10 }: { topic?: string } & PageParams = {}) =>
      get<ListResponse<ArticleCard>>('/api/articles/cards', { topic, page, pageSize }),

    /** Every published topic, by name. */
    topics: () =>
      get<ListResponse<TopicSummary>>('/api/topics', {
        fields: ['name', 'slug', 'description'],
        sort: ['name:asc'],
        pagination: { pageSize: 100 },
      }),

    article: (slug: string) => get<ArticlePageResponse>(`/api/articles/slug/${segment(slug)}`),

    relatedArticles: (slug: string, limit?: number) => get<RelatedResponse>(`/api/articles/slug/${segment(slug)}/related`, { limit }),

    topic: termPage<Topic>('topics'),
    condition: termPage<Condition>('conditions'),
    benefit: termPage<Benefit>('benefits'),

    clinic: (slug: string) => get<PageResponse<ClinicPage>>(`/api/clinic-locations/slug/${segment(slug)}`),

    /** Published clinics within radiusKm of a point, nearest first, each with distanceKm. */
    nearbyClinics: ({ lat, lng, radiusKm, service }: { lat: number; lng: number; radiusKm?: number; service?: string }) =>
      get<NearbyResponse>('/api/clinic-locations/nearby', { lat, lng, radiusKm, service: service || undefined }),

    /** Site search over articles, conditions and benefits; type narrows it to some of them. */
    search: ({ q, type, page, pageSize }: { q: string; type?: SearchType | SearchType[] } & PageParams) =>
      get<SearchResponse>('/api/search', { q, type: Array.isArray(type) ? type.join(',') || undefined : type, page, pageSize }),

    /** Every redirect, old page path to new, for a redirect map built with the site. */
    redirects: () => get<RedirectsResponse>('/api/redirects'),

    /** A draft as its page would show it, with the parameters of a signed preview link. */
    preview: <T extends PreviewType>({
      type,
      documentId,
      expires,
      signature,
    }: {
      type: T;
      documentId: string;
      expires: string | number;
      signature: string;
    }) => get<PreviewResponse<T>>(`/api/preview/${segment(type)}/${segment(documentId)}`, { expires, signature }),
  };
};

export type WellnessClient = ReturnType<typeof createWellnessClient>;
