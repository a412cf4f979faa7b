import crypto from 'crypto';

type Source = { title?: string | null; publisher?: string | null; url?: string | null; year?: number | null };
type FaqItem = { question?: string | null; answer?: string | null };
/** What a medical reviewer vouches for: the clinical content, not the headline or the SEO. */
export type SignedContent = { body?: unknown; sources?: Source[] | null; faq?: FaqItem[] | null };

// Key order and ids differ between a request, a draft and a published copy of the same text.
const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key, entry]) => key !== 'id' && key !== '__temp_key__' && entry !== undefined && entry !== null)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, entry]) => [key, canonical(entry)])
    );
  }
  return value;
};

/**
 * A fingerprint of the version a reviewer signed off: the body, the sources and the FAQ. When
 * any of them changes the fingerprint changes, and publishing asks for a new sign-off.
 */
export const contentSignature = (content: SignedContent) =>
  crypto
    .createHash('sha256')
    .update(
      JSON.stringify(
        canonical({
          body: content.body ?? [],
          sources: (content.sources ?? []).map(({ title, publisher, url, year }) => ({ title, publisher, url, year })),
          faq: (content.faq ?? []).map(({ question, answer }) => ({ question, answer })),
        })
      )
    )
    .digest('hex');
