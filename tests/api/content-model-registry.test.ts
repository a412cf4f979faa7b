import { CONTENT_MODEL, PUBLIC_CONTENT_TYPES } from '../../src/content-model/registry';
import { useTestApp } from '../helpers/strapi';

// One entry per type is the whole of what the app knows about it: these hold it to the schemas.
describe('the content-model registry', () => {
  const app = useTestApp();

  it('has an entry for every content type of the site, and only for those', () => {
    const apiTypes = Object.keys(app.strapi.contentTypes).filter((uid) => uid.startsWith('api::'));
    // Claim rules and redirects are editors' configuration, review notices the review cycle's bookkeeping,
    // versions and audit entries the record of writes: none is a page of the site.
    const internal = [
      'api::health-claim-rule.health-claim-rule',
      'api::review-notice.review-notice',
      'api::redirect.redirect',
      'api::document-version.document-version',
      'api::audit-entry.audit-entry',
    ];
    expect(apiTypes.filter((uid) => !internal.includes(uid)).sort()).toEqual(CONTENT_MODEL.map((entry) => entry.uid).sort());
  });

  it('gives each type a page path of its own', () => {
    const prefixes = CONTENT_MODEL.map((entry) => entry.pagePrefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const prefix of prefixes) expect(prefix).toMatch(/^\/[a-z-]+$/);
  });

  it('names only real relations as the pages that show a document', () => {
    for (const entry of CONTENT_MODEL) {
      for (const relation of entry.shownOn.relations) {
        const attribute = app.strapi.contentType(entry.uid).attributes[relation.attribute] as { type: string; target?: string } | undefined;
        expect({ uid: entry.uid, relation: relation.attribute, target: attribute?.target }).toEqual({
          uid: entry.uid,
          relation: relation.attribute,
          target: relation.uid,
        });
      }
    }
  });

  it('has page and list populate trees the Document Service can run for every type', async () => {
    for (const entry of CONTENT_MODEL) {
      for (const populate of [entry.pagePopulate, entry.listPopulate].filter(Boolean)) {
        await expect(app.strapi.documents(entry.uid).findMany({ populate: populate as never, limit: 1 })).resolves.toEqual(
          expect.any(Array)
        );
      }
    }
  });

  it('opens exactly the public types to the public role, read-only', async () => {
    const role = await app.strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'public' }, populate: ['permissions'] });
    const actions = (role.permissions as Array<{ action: string }>)
      .map((permission) => permission.action)
      .filter((action) => action.startsWith('api::'));
    expect(actions.sort()).toEqual(PUBLIC_CONTENT_TYPES.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]).sort());
  });
});
