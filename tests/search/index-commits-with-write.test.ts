import { createArticle } from '../helpers/content';
import { useTestApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'api::article.article';

// Stands in for the database going away (or the process dying) between a publish and its
// index entry: the entry's insert fails, whatever the database.
const refuseIndexWrites = async (app: TestApp) => {
  const knex = app.strapi.db.connection;
  if (app.database === 'postgres') {
    await knex.raw(
      `CREATE OR REPLACE FUNCTION refuse_search_entries() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'search index unavailable'; END $$ LANGUAGE plpgsql`
    );
    await knex.raw(
      'CREATE TRIGGER refuse_search_entries BEFORE INSERT ON search_entries FOR EACH ROW EXECUTE FUNCTION refuse_search_entries()'
    );
    return () => knex.raw('DROP TRIGGER refuse_search_entries ON search_entries');
  }
  await knex.raw(
    `CREATE TRIGGER refuse_search_entries BEFORE INSERT ON search_entries BEGIN SELECT RAISE(ABORT, 'search index unavailable'); END`
  );
  return () => knex.raw('DROP TRIGGER refuse_search_entries');
};

describe('Site search entries and the writes they follow', () => {
  const app = useTestApp();

  it('a publish whose search entry cannot be written is rolled back: the index never keeps an old title', async () => {
    const { documentId } = await createArticle(app.strapi, { title: 'Index and write, first title' }, true);
    const allowIndexWrites = await refuseIndexWrites(app);
    try {
      // Compared by message, not with rejects.toThrow: better-sqlite3 is a native addon that jest
      // loads once per worker, so after an earlier test file its SqliteError belongs to that
      // file's realm, and jest no longer recognises it as an Error ("did not throw").
      const outcome = await app.strapi
        .documents(ARTICLE)
        .update({ documentId, data: { title: 'Index and write, second title' } as never, status: 'published' })
        .then(
          () => 'resolved',
          (error: { message?: unknown }) => String(error?.message)
        );
      expect(outcome).toMatch(/search index unavailable/);
    } finally {
      await allowIndexWrites();
    }

    const published = await app.strapi.documents(ARTICLE).findOne({ documentId, status: 'published' });
    expect(published?.title).toBe('Index and write, first title');
    const entries = await app.strapi.db.connection('search_entries').where({ content_type: 'article', document_id: documentId });
    expect(entries.map((entry: { title: string }) => entry.title)).toEqual(['Index and write, first title']);
  });
});
