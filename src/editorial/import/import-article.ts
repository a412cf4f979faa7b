import crypto from 'crypto';
import { actingAs } from '../../platform/actors/current-actor';
import type { Source } from './faq-and-sources';
import type { ArticleImage } from './html-images';
import type { Core } from '@strapi/strapi';
import { findTerms, suggestMissingTerms } from './match-terms';
import { parseArticleSource } from './parse-article-source';
import { matchBookingClinics, type TaxonomyIndex } from './taxonomy-index';
import { ARTICLE } from '../../content-model/registry';
import { documentsOf } from '../../content-model/documents';

export type ImportStatus = 'created' | 'updated' | 'unchanged';
export type ArticleImport = {
  status: ImportStatus;
  documentId: string;
  title: string;
  linked: { conditions: string[]; benefits: string[]; topics: string[]; clinics: string[] };
  unknownTerms: Array<{ term: string; kind: 'condition' | 'benefit' }>;
  unknownClinics: string[];
  removedChrome: number;
  /** What became the FAQ component and the sources, and the images to upload again, with their alt text. */
  faqItems: number;
  sources: number;
  images: ArticleImage[];
};

const MAX_QUESTION = 300;
// What the source component stores: a link only when it is one the schema accepts, a year only when plausible.
const STORABLE_URL = /^https?:\/\/[^\s/$.?#][^\s]*$/;
const storableSource = ({ title, url, publisher, year }: Source) => ({
  title,
  ...(url && STORABLE_URL.test(url) && url.length <= 2048 ? { url } : {}),
  ...(publisher ? { publisher } : {}),
  ...(year && year >= 1800 && year <= 2100 ? { year } : {}),
});

/** Same article, same hash: line endings and a byte-order mark are not changes. */
export const contentHash = (content: string) =>
  crypto
    .createHash('sha256')
    .update(content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'))
    .digest('hex');

/** What an export says beyond the page itself (a WordPress post's author, terms, SEO, image). */
export type ArticleExtras = {
  data?: Record<string, unknown>;
  /** Topics, conditions and benefits the source assigned outright (documentIds); the ones the text names are added. */
  links?: { topics?: string[]; conditions?: string[]; benefits?: string[] };
  /** A slug to keep when the article is created and the slug is free. */
  slug?: string;
  /** Everything besides the page that should count as a change when it differs. */
  hashInput?: string;
};

/**
 * Brings one exported article in as a draft (never published: that stays an editor's call),
 * linked to the conditions, benefits, topics and booking clinic its text names. The source
 * key finds an earlier import of the same page; its hash says whether anything changed.
 * One Document Service call per article, so a crash leaves it either whole or absent.
 */
export const importArticle = (
  strapi: Core.Strapi,
  source: { fileName: string; content: string; sourceKey: string },
  taxonomy: TaxonomyIndex,
  extras: ArticleExtras = {}
): Promise<ArticleImport> => actingAs('import', () => importParsed(strapi, source, taxonomy, extras));

const slugIsFree = async (strapi: Core.Strapi, slug: string | undefined) =>
  !!slug && (await strapi.db.query(ARTICLE).count({ where: { slug } })) === 0;

const importParsed = async (
  strapi: Core.Strapi,
  source: { fileName: string; content: string; sourceKey: string },
  taxonomy: TaxonomyIndex,
  extras: ArticleExtras
): Promise<ArticleImport> => {
  const parsed = parseArticleSource(source.fileName, source.content);
  const hash = contentHash(extras.hashInput === undefined ? source.content : `${source.content}\n${extras.hashInput}`);
  const clinics = matchBookingClinics(parsed.bookingClinicNames, taxonomy.clinics);
  const links = {
    conditions: [...new Set([...(extras.links?.conditions ?? []), ...findTerms(parsed.plainText, taxonomy.conditions)])],
    benefits: [...new Set([...(extras.links?.benefits ?? []), ...findTerms(parsed.plainText, taxonomy.benefits)])],
    topics: [...new Set([...(extras.links?.topics ?? []), ...findTerms(parsed.plainText, taxonomy.topics)])],
    clinics: clinics.matched,
  };
  const names = (ids: string[]) => ids.map((id) => taxonomy.nameOf.get(id) ?? id);
  const report = {
    title: parsed.title,
    linked: {
      conditions: names(links.conditions),
      benefits: names(links.benefits),
      topics: names(links.topics),
      clinics: names(links.clinics),
    },
    unknownTerms: suggestMissingTerms(parsed.plainText, taxonomy.knownNames),
    unknownClinics: clinics.unknown,
    removedChrome: parsed.removedChrome.length,
    faqItems: parsed.faq.length,
    sources: parsed.sources.length,
    images: parsed.images,
  };

  const data = {
    title: parsed.title,
    excerpt: parsed.excerpt,
    body: parsed.blocks,
    conditions: links.conditions,
    benefits: links.benefits,
    topics: links.topics,
    clinicLocations: links.clinics,
    faq: parsed.faq.map(({ question, answer }) => ({ question: question.slice(0, MAX_QUESTION), answer })),
    sources: parsed.sources.map(storableSource),
    importSourceKey: source.sourceKey,
    importSourceHash: hash,
    ...extras.data,
  };
  const documents = documentsOf(strapi, ARTICLE);
  const earlier: { documentId: string; importSourceHash: string } | null = await strapi.db
    .query(ARTICLE)
    .findOne({ select: ['documentId', 'importSourceHash'], where: { importSourceKey: source.sourceKey, publishedAt: null } });

  if (!earlier) {
    const slug = (await slugIsFree(strapi, extras.slug)) ? { slug: extras.slug } : {};
    const created = await documents.create({ data: { ...data, ...slug } });
    return { status: 'created', documentId: created.documentId, ...report };
  }
  if (earlier.importSourceHash === hash) return { status: 'unchanged', documentId: earlier.documentId, ...report };
  await documents.update({ documentId: earlier.documentId, data });
  return { status: 'updated', documentId: earlier.documentId, ...report };
};
