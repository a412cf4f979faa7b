import { applyEditViews } from '../../src/editorial/edit-views/apply-edit-views';
import { COMPONENT_VIEWS } from '../../src/editorial/edit-views/component-views';
import { CONTENT_TYPE_VIEWS } from '../../src/editorial/edit-views/content-type-views';
import { adminSession, type AdminSession } from '../helpers/admin';
import { useTestApp } from '../helpers/strapi';

type Row = Array<{ name: string; size: number }>;
type Configuration = {
  metadatas: Record<string, { edit: Record<string, unknown>; list: Record<string, unknown> }>;
  layouts: { edit: Row[]; list: string[] };
};

const ARTICLE_CONFIGURATION = '/content-manager/content-types/api::article.article/configuration';

describe('edit and list views written for people', () => {
  const app = useTestApp();
  let owner: AdminSession;
  beforeAll(async () => {
    owner = await adminSession(app, 'superAdmin');
  });

  const read = async (path: string, key: 'contentType' | 'component' = 'contentType'): Promise<Configuration> => {
    const response = await app.http().get(path).set('Authorization', `Bearer ${owner.token}`);
    expect(response.status).toBe(200);
    return response.body.data[key];
  };
  const articleFields = (configuration: Configuration) => configuration.layouts.edit.flat().map((field) => field.name);

  it('labels every article field, says what the medical review needs, and groups the fields in sections', async () => {
    const { metadatas, layouts } = await read(ARTICLE_CONFIGURATION);
    expect(metadatas.title.edit).toMatchObject({ label: 'Title', placeholder: expect.any(String) });
    expect(metadatas.excerpt.list.label).toBe('Summary');
    expect(metadatas.medicalReview.edit.description).toMatch(/signs off this version.*never typed/);
    // Settings are filled in: the review cycle from MEDICAL_REVIEW_MAX_AGE_MONTHS, the reminder from the due-soon days.
    expect(metadatas.reviewIntervalMonths.edit).toMatchObject({ description: expect.stringMatching(/every 12 months/), placeholder: '12' });
    expect(metadatas.nextReviewDue.edit.description).toMatch(/reminded 30 days before.*\(a notice on the page\)/);
    const fields = articleFields({ metadatas, layouts });
    const order = [
      'title',
      'body',
      'author',
      'topics',
      'medicalReview',
      'nextReviewDue',
      'sources',
      'seo',
      'scheduledPublishAt',
      'readingTimeMinutes',
    ];
    expect(order.map((field) => fields.indexOf(field))).toEqual([...order.map((field) => fields.indexOf(field))].sort((a, b) => a - b));
    expect(fields.indexOf('title')).toBe(0);
    // Each section starts a row: the first taxonomy field does not share the row of the content's last.
    const rowOf = (field: string) => layouts.edit.findIndex((row) => row.some((entry) => entry.name === field));
    expect(rowOf('author')).toBeGreaterThan(rowOf('featured'));
    for (const row of layouts.edit) expect(row.reduce((sum, field) => sum + field.size, 0)).toBeLessThanOrEqual(12);
    expect(layouts.list).toEqual(['title', 'author', 'lastReviewedOn', 'nextReviewDue', 'updatedAt']);
  });

  it('loses no field: every attribute the edit view showed is still in it once', async () => {
    const fields = articleFields(await read(ARTICLE_CONFIGURATION));
    expect(new Set(fields).size).toBe(fields.length);
    // The view names every attribute of the article's schema, and each is in the layout.
    const timestamps = ['createdAt', 'updatedAt', 'publishedAt'];
    const ours = Object.keys(CONTENT_TYPE_VIEWS['api::article.article'].fields).filter((name) => !timestamps.includes(name));
    expect(ours.filter((name) => !fields.includes(name))).toEqual([]);
    for (const [uid, view] of Object.entries(CONTENT_TYPE_VIEWS)) {
      const model = app.strapi.contentType(uid as 'api::article.article');
      expect({ uid, unknown: Object.keys(view.fields).filter((field) => !(field in model.attributes)) }).toEqual({ uid, unknown: [] });
    }
    for (const [uid, view] of Object.entries(COMPONENT_VIEWS)) {
      const component = app.strapi.components[uid as keyof typeof app.strapi.components];
      expect({ uid, unknown: Object.keys(view.fields).filter((field) => !(field in component.attributes)) }).toEqual({ uid, unknown: [] });
    }
  });

  it('describes component fields too: the HH:MM format of opening hours, the read-only review', async () => {
    const hours = await read('/content-manager/components/location.opening-hours/configuration', 'component');
    expect(hours.metadatas.opens.edit).toMatchObject({
      label: 'Opens',
      description: expect.stringContaining('HH:MM'),
      placeholder: '08:30',
    });
    const review = await read('/content-manager/components/editorial.medical-review/configuration', 'component');
    expect(review.metadatas.reviewerName.edit).toMatchObject({ label: 'Reviewer', editable: false });
    // The sign-off writes every field of the review; nobody types one.
    for (const field of ['credentials', 'registration', 'reviewedOn', 'signedOffAt', 'contentSignature'])
      expect(review.metadatas[field].edit.editable).toBe(false);
  });

  it('keeps the fields the server writes read-only for everyone, super admins included', async () => {
    const { metadatas } = await read(ARTICLE_CONFIGURATION);
    expect(metadatas.readingTimeMinutes.edit).toMatchObject({ editable: false, description: expect.stringContaining('Computed') });
    expect(metadatas.scheduleError.edit.editable).toBe(false);
    expect(metadatas.importSourceHash.edit.editable).toBe(false);
    expect(metadatas.lastReviewedOn.edit.editable).toBe(false);
    expect(metadatas.nextReviewDue.edit.editable).toBe(false);
  });

  it('keeps what an administrator changed in the panel at the next start, and still updates the rest', async () => {
    const before = await read(ARTICLE_CONFIGURATION);
    const theirLayout = [...before.layouts.edit].reverse();
    const changed = {
      ...before,
      metadatas: {
        ...before.metadatas,
        title: { ...before.metadatas.title, edit: { ...before.metadatas.title.edit, label: 'Headline' } },
        readingTimeMinutes: {
          ...before.metadatas.readingTimeMinutes,
          edit: { ...before.metadatas.readingTimeMinutes.edit, editable: true },
        },
      },
      layouts: { ...before.layouts, edit: theirLayout },
    };
    // As the panel sends it: without the uid, and without the list's mainField the GET adds to relations.
    const { uid: _uid, ...body } = changed as Configuration & { uid?: string };
    for (const metadata of Object.values(body.metadatas)) delete metadata.list.mainField;
    const saved = await app.http().put(ARTICLE_CONFIGURATION).set('Authorization', `Bearer ${owner.token}`).send(body);
    expect([saved.status, saved.body.error]).toEqual([200, undefined]);

    // A new release changes one description and the review policy changes to 6 months.
    app.strapi.config.set('editorial.reviewMaxAgeMonths', 6);
    const article = CONTENT_TYPE_VIEWS['api::article.article'];
    const newRelease = {
      ...article,
      fields: { ...article.fields, excerpt: { ...article.fields.excerpt, description: 'Shown on cards and in feeds.' } },
    };
    try {
      await applyEditViews(app.strapi, {
        contentTypes: { ...CONTENT_TYPE_VIEWS, 'api::article.article': newRelease },
        components: COMPONENT_VIEWS,
      });
    } finally {
      app.strapi.config.set('editorial.reviewMaxAgeMonths', 12);
    }

    const after = await read(ARTICLE_CONFIGURATION);
    expect(after.metadatas.title.edit.label).toBe('Headline');
    expect(after.layouts.edit).toEqual(theirLayout);
    expect(after.metadatas.excerpt.edit.description).toBe('Shown on cards and in feeds.');
    expect(after.metadatas.reviewIntervalMonths.edit.description).toMatch(/every 6 months/);
    expect(after.metadatas.readingTimeMinutes.edit.editable).toBe(false);

    // And once more with nothing new: nothing moves.
    await applyEditViews(app.strapi, {
      contentTypes: { ...CONTENT_TYPE_VIEWS, 'api::article.article': newRelease },
      components: COMPONENT_VIEWS,
    });
    expect(await read(ARTICLE_CONFIGURATION)).toEqual(
      expect.objectContaining({ ...after, metadatas: { ...after.metadatas, reviewIntervalMonths: expect.anything() } })
    );
  });
});
