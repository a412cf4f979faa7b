import path from 'path';
import type { Core, UID } from '@strapi/strapi';
import { actingAs } from '../../platform/actors/current-actor';
import { paragraphsFromText } from '../../content-model/rich-text/blocks';
import { markdownToBlocks } from '../../content-model/rich-text/markdown-to-blocks';
import { loadDemoContent, type DemoContent } from './demo-content';
import { demoAvatar, demoCover } from './demo-images';
import { documentsOf } from '../../content-model/documents';
import { contentSignature, type SignedContent } from '../../editorial/review/content-signature';
import { refreshAfterWrite } from '../../delivery/read-model/refresh-pages';

type SeedReport = Record<string, { created: number; published: number; unchanged: number }>;
type Entry = {
  slug: string;
  publish: boolean;
  data: Record<string, unknown>;
  publishedDaysAgo?: number;
  /** Fields made only when the document is created (its pictures): a second seed uploads nothing. */
  createdWith?: () => Promise<Record<string, unknown>>;
};

const DAY_MS = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

const documentIdsBySlug = async (strapi: Core.Strapi, uid: UID.ContentType, slugs: string[]) => {
  const rows: Array<{ slug: string; documentId: string }> = await strapi.db
    .query(uid)
    .findMany({ select: ['slug', 'documentId'], where: { slug: { $in: slugs } } });
  const ids = new Map(rows.map((row) => [row.slug, row.documentId]));
  const missing = slugs.filter((slug) => !ids.has(slug));
  if (missing.length > 0) throw new Error(`Demo content refers to unknown ${uid} slugs: ${missing.join(', ')}`);
  return slugs.map((slug) => ids.get(slug) as string);
};

/**
 * Creates each entry that is missing (by slug) and publishes the ones meant to be public that
 * have no published version yet. Existing documents are never modified, so a second run, or a
 * run on a database an editor has since changed, alters nothing.
 */
const ensureEntries = async (strapi: Core.Strapi, uid: UID.ContentType, entries: Entry[]) => {
  const report = { created: 0, published: 0, unchanged: 0 };
  const hasDraftAndPublish = Boolean(strapi.contentType(uid).options?.draftAndPublish);
  const documents = documentsOf(strapi, uid);

  for (const entry of entries) {
    const existing = await strapi.db.query(uid).findOne({ select: ['documentId'], where: { slug: entry.slug } });
    let documentId: string | undefined = existing?.documentId;
    if (!documentId) {
      const made = entry.createdWith ? await entry.createdWith() : {};
      const created = await documents.create({ data: { ...entry.data, ...made, slug: entry.slug } });
      documentId = created.documentId;
      report.created += 1;
    }

    const isPublished = await strapi.db.query(uid).count({ where: { documentId, publishedAt: { $notNull: true } } });
    if (hasDraftAndPublish && entry.publish && isPublished === 0) {
      // `publish` exists only on draft & publish types, which the check above guarantees.
      await documents.publish({ documentId });
      if (entry.publishedDaysAgo !== undefined) {
        // Backdated so that "newest first" lists read like a blog that has been running a while.
        const publishedAt = daysAgo(entry.publishedDaysAgo);
        await strapi.db.query(uid).updateMany({
          where: { documentId, publishedAt: { $notNull: true } },
          data: { publishedAt },
        });
        // Written around the Document Service: the read model renders the page with its date again.
        await refreshAfterWrite(strapi, uid, documentId);
      }
      report.published += 1;
    } else if (existing) {
      report.unchanged += 1;
    }
  }
  return report;
};

const seedAll = async (strapi: Core.Strapi, content: DemoContent): Promise<SeedReport> => {
  const report: SeedReport = {};
  const always = { publish: true };

  report.authors = await ensureEntries(
    strapi,
    'api::author.author',
    content.authors.map(({ slug, ...data }, index) => ({
      slug,
      ...always,
      data,
      createdWith: async () => ({ avatar: await demoAvatar(strapi, slug, data.name, index) }),
    }))
  );
  report.topics = await ensureEntries(
    strapi,
    'api::topic.topic',
    content.topics.map(({ slug, ...data }) => ({ slug, ...always, data }))
  );
  report.conditions = await ensureEntries(
    strapi,
    'api::condition.condition',
    content.conditions.map(({ slug, alsoKnownAs, symptoms, whenToSeeClinician, ...data }) => ({
      slug,
      ...always,
      data: {
        ...data,
        alsoKnownAs: alsoKnownAs.map((name) => ({ name })),
        symptoms: paragraphsFromText(symptoms),
        whenToSeeClinician: paragraphsFromText(whenToSeeClinician),
      },
    }))
  );

  const benefits: Entry[] = [];
  for (const { slug, conditions, description, alsoKnownAs, ...data } of content.benefits) {
    benefits.push({
      slug,
      ...always,
      data: {
        ...data,
        alsoKnownAs: alsoKnownAs.map((name) => ({ name })),
        description: paragraphsFromText(description),
        conditions: await documentIdsBySlug(strapi, 'api::condition.condition', conditions),
      },
    });
  }
  report.benefits = await ensureEntries(strapi, 'api::benefit.benefit', benefits);

  report.clinicLocations = await ensureEntries(
    strapi,
    'api::clinic-location.clinic-location',
    content.clinics.map(({ slug, ...data }) => ({ slug, ...always, data }))
  );

  const articles: Entry[] = [];
  for (const [index, article] of content.articles.entries()) {
    const [author] = await documentIdsBySlug(strapi, 'api::author.author', [article.author]);
    articles.push({
      slug: article.slug,
      publish: article.status === 'published',
      publishedDaysAgo: article.publishedDaysAgo,
      createdWith: async () => ({ cover: await demoCover(strapi, article.slug, index) }),
      data: {
        title: article.title,
        excerpt: article.excerpt,
        featured: article.featured,
        body: markdownToBlocks(article.body),
        author,
        topics: await documentIdsBySlug(strapi, 'api::topic.topic', article.topics),
        benefits: await documentIdsBySlug(strapi, 'api::benefit.benefit', article.benefits),
        conditions: await documentIdsBySlug(strapi, 'api::condition.condition', article.conditions),
        clinicLocations: await documentIdsBySlug(strapi, 'api::clinic-location.clinic-location', article.clinics),
        seo: article.seo,
        sources: article.sources,
        faq: article.faq,
      },
    });
    const { data } = articles[articles.length - 1];
    // Signed off a few days before going live, so the demo stays within the review cycle. The
    // seed writes on the server's behalf; over HTTP only a reviewer's sign-off may do this.
    const reviewedOn = daysAgo(article.publishedDaysAgo + 3);
    data.medicalReview = {
      ...article.review,
      reviewedOn: isoDate(reviewedOn),
      signedOffAt: reviewedOn.toISOString(),
      contentSignature: contentSignature(data as SignedContent),
    };
  }
  report.articles = await ensureEntries(strapi, 'api::article.article', articles);
  return report;
};

export const demoContentDir = (strapi: Core.Strapi) => path.join(strapi.dirs.app.src, 'operations', 'seed', 'demo-content');

export const seedDemoContent = (strapi: Core.Strapi, dir = demoContentDir(strapi)) =>
  actingAs('seed', () => seedAll(strapi, loadDemoContent(dir)));

/** Development databases start with the demo content, so a newcomer sees a working site at once. */
export const seedDemoContentIfEmpty = async (strapi: Core.Strapi) => {
  if (!strapi.config.get('seed.demoContentWhenEmpty', false)) return;
  if ((await strapi.db.query('api::article.article').count()) > 0) return;
  const report = await seedDemoContent(strapi);
  strapi.log.info(`Loaded demo content into the empty database: ${JSON.stringify(report)}`);
};
