import type { Core, UID } from '@strapi/strapi';
import { ARTICLE, CONTENT_MODEL } from '../content-model/registry';
import { REDIRECT } from '../content-model/redirect-paths';

const TOPIC = 'api::topic.topic';
// Every type of the content model; claim rules are added for editors below.
const CONTENT_TYPES = CONTENT_MODEL.map((entry) => entry.uid);
// Written by the server only: left out of every role's editable fields so the admin panel shows them read-only.
export const ARTICLE_SYSTEM_FIELDS = [
  'readingTimeMinutes',
  'scheduleError',
  'importSourceKey',
  'importSourceHash',
  'originallyPublishedAt',
  'lastReviewedOn',
  'nextReviewDue',
];
// Written only by a medical reviewer's sign-off (editorial/review/sign-off.ts), never in a form.
const SIGNED_OFF_FIELDS = ['medicalReview'];
/** Whether people type this field (not the server, not a sign-off). */
export const isTypedField = (field: string) =>
  !ARTICLE_SYSTEM_FIELDS.includes(field) && !SIGNED_OFF_FIELDS.some((signed) => field === signed || field.startsWith(`${signed}.`));
const CLAIM_RULE: UID.ContentType = 'api::health-claim-rule.health-claim-rule';
const MARKETER_ARTICLE_FIELDS = ['topics', 'featured', 'seo'];

const action = (name: string) => `plugin::content-manager.explorer.${name}`;
const IS_CREATOR = ['admin::is-creator'];

type Permission = { action: string; subject?: string; properties?: { fields?: string[] }; conditions?: string[] };

export const EDITORIAL_ROLES = {
  editor: { code: 'strapi-editor', name: 'Editor' },
  author: { code: 'strapi-author', name: 'Author' },
  marketer: { code: 'wellness-marketer', name: 'Marketer' },
  reviewer: { code: 'wellness-medical-reviewer', name: 'Medical reviewer' },
} as const;

type RoleHolder = { roles?: Array<{ code?: string }> } | null | undefined;

/** The one rule for who may sign off an article's medical review. */
export const isMedicalReviewer = (user: RoleHolder) => Boolean(user?.roles?.some((role) => role.code === EDITORIAL_ROLES.reviewer.code));

const mediaLibrary = (conditions: string[] = []): Permission[] => [
  { action: 'plugin::upload.read', conditions },
  { action: 'plugin::upload.configure-view' },
  { action: 'plugin::upload.assets.create' },
  { action: 'plugin::upload.assets.update', conditions },
  { action: 'plugin::upload.assets.download' },
  { action: 'plugin::upload.assets.copy-link' },
];

const permissionBuilder = (strapi: Core.Strapi) => {
  const contentTypeService = strapi.service('admin::content-type');
  const fieldsOf = (uid: UID.ContentType) =>
    contentTypeService.getNestedFields(strapi.contentType(uid), { components: strapi.components }) as string[];
  const editable = (uid: UID.ContentType) => fieldsOf(uid).filter(isTypedField);
  const hasDraftAndPublish = (uid: UID.ContentType) => Boolean(strapi.contentType(uid).options?.draftAndPublish);

  const read = (uid: UID.ContentType, conditions: string[] = []): Permission => ({
    action: action('read'),
    subject: uid,
    properties: { fields: fieldsOf(uid) },
    conditions,
  });
  const write = (uid: UID.ContentType, fields = editable(uid), conditions: string[] = []): Permission[] => [
    { action: action('create'), subject: uid, properties: { fields }, conditions },
    { action: action('update'), subject: uid, properties: { fields }, conditions },
  ];
  const manage = (uid: UID.ContentType): Permission[] => [
    read(uid),
    ...write(uid),
    { action: action('delete'), subject: uid },
    ...(hasDraftAndPublish(uid) ? [{ action: action('publish'), subject: uid }] : []),
  ];
  return { fieldsOf, read, write, manage };
};

/** What each role may do, as Strapi RBAC permissions. */
export const editorialPermissions = (strapi: Core.Strapi): Record<keyof typeof EDITORIAL_ROLES, Permission[]> => {
  const { fieldsOf, read, write, manage } = permissionBuilder(strapi);
  const others = (...except: UID.ContentType[]) => CONTENT_TYPES.filter((uid) => !except.includes(uid));
  const marketerFields = fieldsOf(ARTICLE).filter((field) =>
    MARKETER_ARTICLE_FIELDS.some((allowed) => field === allowed || field.startsWith(`${allowed}.`))
  );
  return {
    // Edits and publishes everything.
    editor: [...[...CONTENT_TYPES, CLAIM_RULE, REDIRECT].flatMap(manage), ...mediaLibrary()],
    // Writes their own articles; publishing, and deleting what is published, is an editor's call.
    author: [
      read(ARTICLE, IS_CREATOR),
      ...write(ARTICLE, undefined, IS_CREATOR),
      { action: action('delete'), subject: ARTICLE, conditions: IS_CREATOR },
      ...others(ARTICLE).map((uid) => read(uid)),
      ...mediaLibrary(IS_CREATOR),
    ],
    // Runs topics and campaigns: tags articles, tunes their SEO, features them; never the body.
    marketer: [
      ...manage(TOPIC),
      read(ARTICLE),
      { action: action('update'), subject: ARTICLE, properties: { fields: marketerFields } },
      ...others(ARTICLE, TOPIC).map((uid) => read(uid)),
      { action: 'plugin::upload.read' },
      { action: 'plugin::upload.assets.create' },
    ],
    // Reads everything and signs off articles (a route of its own, checked by role); edits nothing.
    reviewer: [...[...CONTENT_TYPES, CLAIM_RULE].map((uid) => read(uid)), { action: 'plugin::upload.read' }],
  };
};

/** Creates the Marketer role if missing and sets all three roles' permissions; safe on every boot. */
export const ensureEditorialRoles = async (strapi: Core.Strapi) => {
  const roles = strapi.service('admin::role');
  const permissions = editorialPermissions(strapi);
  for (const [key, { code, name }] of Object.entries(EDITORIAL_ROLES) as Array<
    [keyof typeof EDITORIAL_ROLES, { code: string; name: string }]
  >) {
    let role = await roles.findOne({ code });
    if (!role) {
      role = await roles.create({ name, code, description: `${name}s of the wellness content team.` });
    }
    await roles.assignPermissions(role.id, permissions[key]);
  }
};
