import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { adminSession } from './admin';
import { createArticle, createFullAccessToken, createTopic } from './content';
import type { TestApp } from './strapi';

/**
 * Words that must never reach an anonymous client. Each is random per run, so no generated
 * query can stumble on one by chance and an echo of the request cannot fake a leak.
 */
export type FuzzMarkers = {
  /** In every draft-only document and in the pending draft edit of a published article. */
  draft: string;
  /** In the private import fields of the published article. */
  privateField: string;
  /** Strings only a database dump or a broken sanitizer would show. */
  secrets: string[];
};

/** What the fuzzers aim at: real ids and slugs, so generated paths and filters hit rows. */
export type FuzzTargets = {
  markers: FuzzMarkers;
  /** documentIds and slugs of every public type (drafts too), by REST collection name. */
  documentIds: Record<string, string[]>;
  slugs: Record<string, string[]>;
};

const hex = (bytes: number) => crypto.randomBytes(bytes).toString('hex');
export const COLLECTIONS = {
  articles: 'api::article.article',
  topics: 'api::topic.topic',
  conditions: 'api::condition.condition',
  benefits: 'api::benefit.benefit',
  'clinic-locations': 'api::clinic-location.clinic-location',
  authors: 'api::author.author',
} as const;

const REQUIRED_TERM_FIELDS = { topics: {}, conditions: { bodyRegion: 'knee' }, benefits: { evidenceLevel: 'moderate' } };

/** Puts the admin user on every row as creator and last editor, as the admin panel would. */
const stampAdmin = async (strapi: Core.Strapi, adminId: number) => {
  for (const uid of Object.values(COLLECTIONS)) {
    const rows: Array<{ id: number }> = await strapi.db.query(uid).findMany({ select: ['id'] });
    for (const { id } of rows) await strapi.db.query(uid).update({ where: { id }, data: { createdBy: adminId, updatedBy: adminId } });
  }
};

const seedSecrets = async (app: TestApp, draft: string) => {
  const { strapi } = app;
  const admin = await adminSession(app, 'superAdmin');
  const upPassword = `Up-${hex(8)}`;
  const resetToken = `reset${hex(12)}`;
  const confirmationToken = `confirm${hex(12)}`;
  const upEmail = `member-${hex(4)}@members.test`;
  await strapi
    .plugin('users-permissions')
    .service('user')
    .add({
      username: `member${hex(4)}`,
      email: upEmail,
      password: upPassword,
      provider: 'local',
      confirmed: true,
      resetPasswordToken: resetToken,
      confirmationToken,
    });
  const registrationToken = `registration${hex(12)}`;
  const invited = await strapi.db.query('admin::user').create({
    data: { firstname: 'Invited', lastname: draft, email: `invited-${hex(4)}@clinic.test`, isActive: false, registrationToken },
  });
  const hashes = [
    ...(await strapi.db.query('admin::user').findMany({ select: ['password'] })),
    ...(await strapi.db.query('plugin::users-permissions.user').findMany({ select: ['password'] })),
  ]
    .map((row: { password?: string | null }) => row.password)
    .filter((hash): hash is string => Boolean(hash));
  const accessKey = await createFullAccessToken(strapi);
  return {
    adminId: admin.userId,
    secrets: [
      admin.email,
      admin.password,
      upEmail,
      upPassword,
      resetToken,
      confirmationToken,
      registrationToken,
      invited.email,
      accessKey,
      ...hashes,
    ],
  };
};

/**
 * Published content in every public type, linked together, plus the things the public must
 * never see: draft-only documents, a pending draft edit, private fields, the creator's admin
 * account, a site member's credentials and an API token.
 */
export const seedFuzzContent = async (app: TestApp): Promise<FuzzTargets> => {
  const { strapi } = app;
  const draft = `DRAFTMARKER${hex(4)}`;
  const privateField = `PRIVATEMARKER${hex(4)}`;
  const { adminId, secrets } = await seedSecrets(app, draft);

  const published: Record<string, { documentId: string; slug: string }[]> = { topics: [], conditions: [], benefits: [] };
  const drafts: string[] = [];
  for (const collection of ['topics', 'conditions', 'benefits'] as const) {
    const uid = COLLECTIONS[collection];
    const required = REQUIRED_TERM_FIELDS[collection];
    for (const name of ['Running', 'Sleep']) {
      published[collection].push(
        (await strapi
          .documents(uid)
          .create({ data: { name: `${name} ${collection}`, ...required } as never, status: 'published' })) as never
      );
    }
    drafts.push(
      ((await strapi.documents(uid).create({ data: { name: `${draft} ${collection}`, ...required } as never })) as { documentId: string })
        .documentId
    );
  }
  const author = await strapi.documents('api::author.author').create({ data: { name: 'Mira Fuzz', role: 'Physiotherapist' } as never });
  const clinic = await strapi.documents('api::clinic-location.clinic-location').create({
    data: {
      name: 'Harbour Clinic',
      latitude: 51.5,
      longitude: -0.12,
      address: { street: '1 Quay', city: 'London', postalCode: 'E1 1AA', country: 'UK' },
      services: [{ name: 'Sports massage', durationMinutes: 45 }],
    } as never,
    status: 'published',
  });
  const draftClinic = await strapi.documents('api::clinic-location.clinic-location').create({
    data: {
      name: `${draft} clinic`,
      latitude: 51.5,
      longitude: -0.12,
      address: { street: draft, city: 'London', postalCode: 'E1', country: 'UK' },
    } as never,
  });

  const relations = (index: number) => ({
    author: author.documentId,
    topics: [published.topics[index].documentId, drafts[0]],
    conditions: [published.conditions[index].documentId, drafts[1]],
    benefits: [published.benefits[index].documentId, drafts[2]],
    clinicLocations: [clinic.documentId, draftClinic.documentId],
  });
  const articles = [];
  for (const [index, title] of ['Knee strength basics', 'Sleep and recovery'].entries()) {
    articles.push(
      await createArticle(
        strapi,
        { title, excerpt: 'Public excerpt', importSourceKey: privateField, importSourceHash: privateField, ...relations(index) },
        true
      )
    );
  }
  // A pending edit: the published version stays, the draft version carries the marker.
  await strapi.documents('api::article.article').update({
    documentId: articles[0].documentId,
    data: { title: `${draft} pending edit`, excerpt: draft, faq: [{ question: draft, answer: draft }] } as never,
  });
  await createArticle(strapi, { title: `${draft} unreleased`, excerpt: draft, ...relations(0) });
  // A page that moved: its old slug answers with a redirect to the new one.
  const moved = articles[1].documentId;
  const { slug: oldSlug } = await strapi.db.query('api::article.article').findOne({ where: { documentId: moved }, select: ['slug'] });
  await strapi.documents('api::article.article').update({ documentId: moved, data: { slug: 'sleep-and-recovery-explained' } as never });
  await strapi.documents('api::article.article').publish({ documentId: moved });
  await createTopic(strapi, { name: `${draft} orphan topic` });

  await stampAdmin(strapi, adminId);

  const targets: Pick<FuzzTargets, 'documentIds' | 'slugs'> = { documentIds: {}, slugs: {} };
  for (const [collection, uid] of Object.entries(COLLECTIONS)) {
    const rows: Array<{ documentId: string; slug: string }> = await strapi.db.query(uid).findMany({ select: ['documentId', 'slug'] });
    targets.documentIds[collection] = [...new Set(rows.map((row) => row.documentId))];
    targets.slugs[collection] = [...new Set(rows.map((row) => row.slug))];
  }
  targets.slugs.articles.push(oldSlug);
  return { markers: { draft, privateField, secrets }, ...targets };
};
