import { createArticle } from '../helpers/content';
import { currentDatabase, useTestApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'api::article.article';

// Stands in for the database going away (or the process dying) between a publish and its
// index entry: the entry's insert fails, whatever the database.
const refuseIndexWrites = async (app: TestApp) => {
  const knex = app.strapi.db.connection;
  if (app.database === 'postgres') {
    await knex.raw(`CREATE OR REPLACE FUNCTION refuse_search_entries() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'search index unavailable'; END $$ LANGUAGE plpgsql`);
    await knex.raw('CREATE TRIGGER refuse_search_entries BEFORE INSERT ON search_entries FOR EACH ROW EXECUTE FUNCTION refuse_search_entries()');
    return () => knex.raw('DROP TRIGGER refuse_search_entries ON search_entries');
  }
  await knex.raw(`CREATE TRIGGER refuse_search_entries BEFORE INSERT ON search_entries BEGIN SELECT RAISE(ABORT, 'search index unavailable'); END`);
  return () => knex.raw('DROP TRIGGER refuse_search_entries');
};

describe('Site search entries and the writes they follow', () => {
  const app = useTestApp();

  // Quarantined on SQLite: passes alone every time, but it fails now and then when another app
  // has run earlier in the same jest worker (the update resolves instead of rejecting):
  //   TEST_DATABASES=sqlite TEST_BROWSER=0 npx jest -c tests/jest.config.js --runInBand tests/delivery/pages tests/search/index-commits
  // The cause is not found yet; TEST_QUARANTINED=1 runs it.
  const quarantined = process.env.TEST_QUARANTINED === '1' || currentDatabase() === 'postgres' ? it : it.skip;
  quarantined('a publish whose search entry cannot be written is rolled back: the index never keeps an old title', async () => {
    const { documentId } = await createArticle(app.strapi, { title: 'Index and write, first title' }, true);
    const allowIndexWrites = await refuseIndexWrites(app);
    try {
      await expect(
        app.strapi.documents(ARTICLE).update({ documentId, data: { title: 'Index and write, second title' } as never, status: 'published' })
      ).rejects.toThrow(/search index unavailable/);
    } finally {
      await allowIndexWrites();
    }

    const published = await app.strapi.documents(ARTICLE).findOne({ documentId, status: 'published' });
    expect(published?.title).toBe('Index and write, first title');
    const entries = await app.strapi.db.connection('search_entries').where({ content_type: 'article', document_id: documentId });
    expect(entries.map((entry: { title: string }) => entry.title)).toEqual(['Index and write, first title']);
  });
});
