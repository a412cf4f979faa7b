import type { Core } from '@strapi/strapi';
import { createArticle, createFullAccessToken } from '../helpers/content';
import { useTestApp } from '../helpers/strapi';

const ARTICLE = 'api::article.article';

/**
 * Makes the check that a slug is unique (Strapi's entity validator, on publish) fail the way it
 * does when PostgreSQL goes away mid-request; every other query runs as usual.
 */
const failSlugChecks = (strapi: Core.Strapi) => {
  const query = strapi.db.query.bind(strapi.db);
  const failing = ((uid: string) => {
    const repository = query(uid as never);
    if (uid !== ARTICLE) return repository;
    return {
      ...repository,
      findOne: (params: { where?: Record<string, unknown> }) =>
        params?.where && 'slug' in params.where && 'publishedAt' in params.where
          ? Promise.reject(Object.assign(new Error('Connection terminated unexpectedly'), { code: 'ECONNRESET' }))
          : repository.findOne(params as never),
    };
  }) as typeof strapi.db.query;
  strapi.db.query = failing;
  return () => {
    strapi.db.query = query;
  };
};

/** Settles, or says it never did: a hang must fail the test, not time it out silently. */
const settlesWithin = <T>(ms: number, promise: Promise<T>) =>
  Promise.race([
    promise.then(
      (value) => ({ settled: 'resolved' as const, value }),
      (error: Error) => ({ settled: 'rejected' as const, error })
    ),
    new Promise<{ settled: 'never' }>((resolve) => setTimeout(() => resolve({ settled: 'never' }), ms)),
  ]);

describe('a database failure inside validation fails the write instead of hanging it', () => {
  const app = useTestApp();
  let token: string;
  beforeAll(async () => {
    token = await createFullAccessToken(app.strapi);
  });

  it('publishing through the Document Service rejects, and nothing is published', async () => {
    const draft = await createArticle(app.strapi, { title: 'Validated while the database fails' });
    const restore = failSlugChecks(app.strapi);
    let outcome;
    try {
      outcome = await settlesWithin(10_000, app.strapi.documents(ARTICLE).publish({ documentId: draft.documentId }));
    } finally {
      restore();
    }
    expect(outcome.settled).toBe('rejected');
    const published = await app.strapi.documents(ARTICLE).findOne({ documentId: draft.documentId, status: 'published' });
    expect(published).toBeNull();
  });

  it('over REST the client gets a JSON 503 at once, and the published version is unchanged', async () => {
    const article = await createArticle(app.strapi, { title: 'Published before the failure' }, true);
    const restore = failSlugChecks(app.strapi);
    let outcome;
    try {
      const update = app
        .http()
        .put(`/api/articles/${article.documentId}?status=published`)
        .set('Authorization', `Bearer ${token}`)
        .send({ data: { title: 'Never saved' } });
      outcome = await settlesWithin(10_000, Promise.resolve(update));
    } finally {
      restore();
    }
    expect(outcome.settled).toBe('resolved');
    const response = (outcome as { value: { status: number; body: { error: { status: number } } } }).value;
    expect(response.status).toBe(503);
    expect(response.body.error.status).toBe(503);
    const published = await app.strapi.documents(ARTICLE).findOne({ documentId: article.documentId, status: 'published' });
    expect(published!.title).toBe('Published before the failure');
  });
});
