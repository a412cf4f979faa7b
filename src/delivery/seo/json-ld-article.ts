import { absoluteUrl, pagePath } from '../../content-model/page-paths';
import type { Site } from './site';
import { ARTICLE } from '../../content-model/registry';

type Named = { name: string; slug: string };
export type ArticlePage = {
  title: string;
  slug: string;
  excerpt?: string | null;
  publishedAt?: string | null;
  updatedAt?: string | null;
  readingTimeMinutes?: number | null;
  author?: { name: string; slug: string; credentials?: string | null; role?: string | null } | null;
  topics?: Named[];
  conditions?: Named[];
  cover?: { alt?: string | null; image?: { url: string } | null } | null;
  seo?: { noIndex?: boolean | null } | null;
  medicalReview?: { reviewerName: string; credentials: string; registration?: string | null; reviewedOn: string } | null;
  lastReviewedOn?: string | null;
  nextReviewDue?: string | null;
  sources?: Array<{ title: string; publisher?: string | null; url?: string | null; year?: number | null }>;
  faq?: Array<{ question: string; answer: string }>;
};

const absent = (value: unknown) => value === undefined || value === null || (Array.isArray(value) && value.length === 0);

/** Drops empty properties so the output carries only what is known. */
export const compact = <T extends Record<string, unknown>>(node: T): T =>
  Object.fromEntries(Object.entries(node).filter(([, value]) => !absent(value))) as T;

const person = (name: string, jobTitle?: string | null, url?: string) => compact({ '@type': 'Person', name, jobTitle, url });

/** The clinician who signed the review off, with the credentials and registration from their profile. */
const reviewer = (review: NonNullable<ArticlePage['medicalReview']>) =>
  compact({
    '@type': 'Person',
    name: review.reviewerName,
    jobTitle: review.credentials,
    hasCredential: { '@type': 'EducationalOccupationalCredential', name: review.credentials },
    identifier: review.registration
      ? { '@type': 'PropertyValue', name: 'Professional registration', value: review.registration }
      : undefined,
  });

/**
 * An article page as schema.org sees it: a MedicalWebPage (who reviewed it and when, what it
 * is about) whose main entity is the Article (author, dates, citations), plus an FAQPage when
 * the article answers questions.
 */
export const articleJsonLd = (article: ArticlePage, site: Site) => {
  const url = absoluteUrl(site.url, pagePath(ARTICLE, article.slug) as string);
  const about = (article.conditions ?? []).map((condition) =>
    compact({
      '@type': 'MedicalCondition',
      name: condition.name,
      url: absoluteUrl(site.url, pagePath('api::condition.condition', condition.slug) as string),
    })
  );
  const review = article.medicalReview;
  const graph: Array<Record<string, unknown>> = [
    compact({
      '@type': 'MedicalWebPage',
      '@id': `${url}#webpage`,
      url,
      name: article.title,
      description: article.excerpt,
      inLanguage: site.language,
      lastReviewed: review?.reviewedOn,
      reviewedBy: review ? reviewer(review) : undefined,
      about,
      mainEntity: { '@id': `${url}#article` },
    }),
    compact({
      '@type': 'Article',
      '@id': `${url}#article`,
      headline: article.title,
      description: article.excerpt,
      url,
      datePublished: article.publishedAt,
      dateModified: article.updatedAt,
      author: article.author
        ? person(
            article.author.name,
            article.author.credentials ?? article.author.role,
            absoluteUrl(site.url, pagePath('api::author.author', article.author.slug) as string)
          )
        : undefined,
      publisher: { '@type': 'Organization', name: site.name, url: site.url },
      image: article.cover?.image?.url ? absoluteUrl(site.url, article.cover.image.url) : undefined,
      keywords: (article.topics ?? []).map((topic) => topic.name).join(', ') || undefined,
      about,
      timeRequired: article.readingTimeMinutes ? `PT${article.readingTimeMinutes}M` : undefined,
      citation: (article.sources ?? []).map((source) =>
        compact({
          '@type': 'CreativeWork',
          name: source.title,
          url: source.url,
          publisher: source.publisher ? { '@type': 'Organization', name: source.publisher } : undefined,
          datePublished: source.year ? String(source.year) : undefined,
        })
      ),
    }),
  ];
  if (article.faq && article.faq.length > 0) {
    graph.push({
      '@type': 'FAQPage',
      '@id': `${url}#faq`,
      mainEntity: article.faq.map(({ question, answer }) => ({
        '@type': 'Question',
        name: question,
        acceptedAnswer: { '@type': 'Answer', text: answer },
      })),
    });
  }
  return { '@context': 'https://schema.org', '@graph': graph };
};
