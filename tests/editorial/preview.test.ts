import { useTestApp } from '../helpers/strapi';
import { adminSession } from '../helpers/admin';
import { createArticle } from '../helpers/content';

describe('preview links for editors', () => {
  const app = useTestApp({ env: { FRONTEND_URL: 'https://www.clinic.example', PREVIEW_SECRET: 'test-preview-secret-0123456789' } });
  let draftId: string;
  let previewLink: URL;

  beforeAll(async () => {
    draftId = (await createArticle(app.strapi, { title: 'Work in progress', excerpt: 'Not yet public' })).documentId;
    const editor = await adminSession(app, 'editor');
    // What the "Open preview" button in the edit view asks for.
    const response = await app
      .http()
      .get('/content-manager/preview/url/api::article.article')
      .query({ documentId: draftId, status: 'draft' })
      .set('Authorization', `Bearer ${editor.token}`);
    expect(response.status).toBe(200);
    previewLink = new URL(response.body.data.url);
  });

  const fetchPreview = (overrides: Record<string, string> = {}) => {
    const params = Object.fromEntries(previewLink.searchParams);
    const { type, documentId, expires, signature } = { ...params, ...overrides };
    return app.http().get(`/api/preview/${type}/${documentId}`).query({ expires, signature });
  };

  it('the edit view links to the front-end with a signed, expiring link for that draft', () => {
    expect(previewLink.origin).toBe('https://www.clinic.example');
    expect(previewLink.pathname).toBe('/preview');
    expect(previewLink.searchParams.get('type')).toBe('article');
    expect(previewLink.searchParams.get('documentId')).toBe(draftId);
    expect(Number(previewLink.searchParams.get('expires'))).toBeGreaterThan(Date.now());
  });

  it('a valid link shows the draft with what its page needs', async () => {
    const response = await fetchPreview();
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({ documentId: draftId, title: 'Work in progress', publishedAt: null });
    expect(response.body.data.medicalReview).toBeDefined();
    expect(response.body.meta.preview).toBe(true);
  });

  it('the draft stays invisible on the ordinary public API', async () => {
    expect((await app.http().get(`/api/articles/${draftId}`)).status).toBe(404);
  });

  it.each([
    ['a tampered signature', { signature: 'AAAA' }],
    ['no signature', { signature: '' }],
    ['an extended expiry', { expires: String(Date.now() + 10 * 24 * 3600 * 1000) }],
  ])('%s is refused with a JSON 403', async (_case, overrides) => {
    const response = await fetchPreview(overrides);
    expect(response.status).toBe(403);
    expect(response.body.error).toMatchObject({ status: 403, name: 'ForbiddenError' });
    expect(JSON.stringify(response.body)).not.toContain('Work in progress');
  });

  it('a link for one draft does not open another', async () => {
    const other = await createArticle(app.strapi, { title: 'Other secret draft' });
    const response = await fetchPreview({ documentId: other.documentId });
    expect(response.status).toBe(403);
  });

  it('an expired link says so', async () => {
    const { signPreview } = await import('../../src/editorial/preview/preview-links');
    const expires = Date.now() - 1000;
    const signature = signPreview(app.strapi, { uid: 'api::article.article', documentId: draftId, expires });
    const response = await fetchPreview({ expires: String(expires), signature });
    expect(response.status).toBe(403);
    expect(response.body.error.message).toMatch(/expired/);
  });

  it('an unknown type is a JSON 404', async () => {
    const response = await fetchPreview({ type: 'user' });
    expect(response.status).toBe(404);
    expect(response.body.error.status).toBe(404);
  });
});
