// The articles fault scenarios write over REST, and the ledger of what the server acknowledged.
// Each article carries its own composition in the excerpt ("faults <tag>: sources=2 faq=1
// topics=2 conditions=0"), so a checker can tell a whole article from a half-written one even
// when the write was never acknowledged (the process was killed before it answered).

const FINGERPRINT = /^faults (\S+): sources=(\d+) faq=(\d+) topics=(\d+) conditions=(\d+)$/;

/** What an article's excerpt says it was written with, or null when it is not ours. */
const compositionOf = (excerpt) => {
  const match = FINGERPRINT.exec(excerpt ?? '');
  if (!match) return null;
  const [, tag, sources, faq, topics, conditions] = match;
  return { tag, sources: Number(sources), faq: Number(faq), topics: Number(topics), conditions: Number(conditions) };
};

/**
 * A complete article as a client sends it: rich-text body, author, topics and conditions, the
 * sources the publish guard asks for, FAQ items and SEO. The medical review is a reviewer's to
 * write (sign-off-drafts.js), never a client's.
 */
const articlePayload = ({ random, taxonomy, tag, title }) => {
  const counts = { sources: random.int(1, 3), faq: random.int(0, 2) };
  const topics = random.sample(taxonomy.topics, random.int(1, 2));
  const conditions = random.sample(taxonomy.conditions, random.int(0, 2));
  const author = random.pick(taxonomy.authors);
  const data = {
    title,
    excerpt: `faults ${tag}: sources=${counts.sources} faq=${counts.faq} topics=${topics.length} conditions=${conditions.length}`,
    body: [{ type: 'paragraph', children: [{ type: 'text', text: `${title}. Warm up, load gradually and rest between hard sessions.` }] }],
    author,
    topics,
    conditions,
    sources: Array.from({ length: counts.sources }, (_, index) => ({
      title: `Source ${index + 1} of ${title}`.slice(0, 300),
      publisher: 'NHS',
      url: 'https://www.nhs.uk/conditions/sports-injuries/',
      year: 2026,
    })),
    faq: Array.from({ length: counts.faq }, (_, index) => ({ question: `Question ${index + 1}?`, answer: `Answer ${index + 1}.` })),
    seo: { metaTitle: title.slice(0, 70), metaDescription: 'Written by the fault harness.' },
  };
  return { data, expected: { ...counts, author, topics: [...topics].sort(), conditions: [...conditions].sort() } };
};

/**
 * What each written document must look like afterwards. A write that was not acknowledged (an
 * error, a 503, a kill) may or may not have happened, so its title joins the possible ones;
 * the next acknowledged write makes the document certain again. Every document is written by
 * one loop at a time, so "the last acknowledged write" is well defined.
 */
const createLedger = () => {
  const documents = new Map();
  const counts = { acknowledged: 0, unacknowledged: 0, unacknowledgedCreates: 0 };
  return {
    counts,
    documents,
    created: ({ documentId, slug, title, published, expected }) => {
      counts.acknowledged += 1;
      documents.set(documentId, { documentId, slug, expected, draft: [title], published: [published ? title : null] });
    },
    createFailed: () => {
      counts.unacknowledged += 1;
      counts.unacknowledgedCreates += 1;
    },
    /** A write of `title` that publishes too (PUT ?status=published). */
    published: (documentId, title, acknowledged) => {
      const entry = documents.get(documentId);
      if (acknowledged) {
        counts.acknowledged += 1;
        entry.draft = [title];
        entry.published = [title];
      } else {
        counts.unacknowledged += 1;
        entry.draft = entry.draft && [...new Set([...entry.draft, title])];
        entry.published = [...new Set([...entry.published, title])];
      }
    },
    /**
     * Seeded documents join the ledger on their first write. Their published title is in the
     * manifest; their draft may carry an unpublished edit (draft: null, "not known yet").
     */
    adopt: ({ documentId, slug, title }) => {
      if (!documents.has(documentId)) documents.set(documentId, { documentId, slug, expected: null, draft: null, published: [title] });
    },
    expectations: () => [...documents.values()],
  };
};

module.exports = { articlePayload, compositionOf, createLedger, FINGERPRINT };
