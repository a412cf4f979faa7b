import { adminSession, medicalReviewer } from '../helpers/admin';
import { contentSignature } from '../../src/editorial/review/content-signature';
import { failWith, jsonBodyOf, requestProperty, FuzzTally, rawClient, type FuzzResponse } from '../helpers/fuzz';
import { seedFuzzContent, type FuzzTargets } from '../helpers/fuzz-content';
import { editorialRequests, type Caller, type EditorialCase, type KnownVersion } from '../helpers/fuzz-editorial';
import { fuzzTimeout, runFuzzer, type FuzzSuite } from '../helpers/fuzz-runs';
import { useTestApp } from '../helpers/strapi';

type ArticleRow = { documentId: string; publishedAt: string | null };

describe('arbitrary requests to the editorial routes (quality report, checks, sign-offs, pasted and WordPress imports, history, audit log) with admin tokens', () => {
  const app = useTestApp();
  const suite: FuzzSuite = { name: 'editorial', file: 'tests/fuzz/editorial-routes.test.ts', seeds: [20261203], runsPerSeed: 200 };
  let targets: FuzzTargets;
  let client: ReturnType<typeof rawClient>;
  let tally: FuzzTally;
  let signatures: string[] = [];
  let versions: KnownVersion[] = [];
  const tokens: Partial<Record<Caller, string>> = {};

  beforeAll(async () => {
    targets = await seedFuzzContent(app);
    for (const role of ['editor', 'author', 'marketer'] as const) tokens[role] = (await adminSession(app, role)).token;
    tokens.owner = (await adminSession(app, 'superAdmin')).token;
    tokens.reviewer = (await medicalReviewer(app, { name: 'Dr Fuzz Reviewer', credentials: 'MCSP', registration: 'HCPC PH000001' })).token;
    const drafts = await app.strapi.db
      .query('api::article.article')
      .findMany({ where: { publishedAt: null }, select: ['body'], populate: { sources: true, faq: true } });
    signatures = drafts.map(contentSignature);
    const rows: Array<{ id: number; targetUid: string; targetDocumentId: string }> = await app.strapi.db
      .query('api::document-version.document-version')
      .findMany({ select: ['id', 'targetUid', 'targetDocumentId'], limit: 50 });
    versions = rows.map((row) => ({ uid: row.targetUid, documentId: row.targetDocumentId, id: row.id }));
    client = rawClient(app);
    tally = new FuzzTally(suite.name, app.database);
  });
  afterAll(() => {
    client?.close();
    tally?.write();
  });

  const recordCounts = async () => ({
    versions: await app.strapi.db.query('api::document-version.document-version').count(),
    audit: await app.strapi.db.query('api::audit-entry.audit-entry').count(),
  });
  const articleRows = async () =>
    (await app.strapi.db.query('api::article.article').findMany({ select: ['documentId', 'publishedAt'] })) as ArticleRow[];
  const signedReviews = async () =>
    JSON.stringify(
      await app.strapi.db.query('api::article.article').findMany({
        select: ['documentId'],
        populate: { medicalReview: { select: ['contentSignature', 'signedOffAt'] } },
        orderBy: { id: 'asc' },
      })
    );
  const published = (rows: ArticleRow[]) =>
    rows
      .filter((row) => row.publishedAt !== null)
      .map((row) => row.documentId)
      .sort();

  /** A refusal is Strapi's error JSON and wrote nothing; an import added at most one draft; nothing published anything. */
  const checkWrites = (request: EditorialCase, response: FuzzResponse, before: ArticleRow[], after: ArticleRow[]) => {
    if (JSON.stringify(published(after)) !== JSON.stringify(published(before))) failWith(response, 'the published articles changed');
    const added = after.length - before.length;
    if (response.status >= 400 && added !== 0) failWith(response, `a refused request wrote ${added} article row(s)`);
    if (!request.url.startsWith('/editorial/import') && added !== 0) failWith(response, 'a check or report wrote');
    // A WordPress export holds up to three posts here; any other import one article.
    const mostAdded = request.url.startsWith('/editorial/import/wordpress') ? 3 : 1;
    if (added > mostAdded) failWith(response, `one import added ${added} rows`);
  };

  const sendAndCheck = async (request: EditorialCase) => {
    const token = tokens[request.caller];
    const headers: Record<string, string> = {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(request.contentType ? { 'content-type': request.contentType } : {}),
    };
    const isSignOff = request.url.split('?')[0].endsWith('/sign-off');
    const before = await articleRows();
    const recordsBefore = await recordCounts();
    const reviewsBefore = isSignOff ? await signedReviews() : '';
    const response = await client.send(request.method, request.url, request.body, headers);
    const recordsAfter = await recordCounts();
    if (response.status >= 400 && recordsAfter.versions !== recordsBefore.versions) failWith(response, 'a refused request left a version');
    if (request.method === 'GET' && recordsAfter.audit !== recordsBefore.audit) failWith(response, 'a read wrote to the audit log');
    if (isSignOff && response.status >= 400 && (await signedReviews()) !== reviewsBefore)
      failWith(response, 'a refused sign-off wrote a review');
    const route = request.url
      .split('?')[0]
      .replace(/^\/editorial\/articles\/.*\/(check|sign-off)$/, '/editorial/articles/:documentId/$1')
      .replace(
        /^\/editorial\/history\/[^/]*\/[^/]*(\/[^/]*)?(\/restore)?$/,
        (_, version, restore) => `/editorial/history/:uid/:documentId${version ? '/:versionId' : ''}${restore ?? ''}`
      );
    tally.record(`${request.method} ${route} as ${request.caller}`, response.status);
    if (response.status >= 500) failWith(response, 'a server error');
    const isCsv = response.status === 200 && route === '/editorial/audit/export.csv';
    if (isCsv && !/^text\/csv/.test(response.contentType)) failWith(response, 'the export is not CSV');
    const body = isCsv ? {} : jsonBodyOf(response);
    if (response.status >= 400) {
      const error = body.error as { status?: unknown; message?: unknown } | undefined;
      if (body.data !== null || error?.status !== response.status || typeof error.message !== 'string')
        failWith(response, 'a 4xx without { data: null, error: { status, name, message } }');
      tally.refusal(response.status, String(error?.message));
    } else if (
      request.caller === 'anonymous' ||
      (request.caller !== 'reviewer' && route.endsWith('/sign-off')) ||
      (['marketer', 'reviewer'].includes(request.caller) && request.url.startsWith('/editorial/import')) ||
      (request.caller !== 'owner' && request.url.startsWith('/editorial/audit')) ||
      (['author', 'reviewer'].includes(request.caller) && route.endsWith('/restore'))
    ) {
      failWith(response, `${request.caller} was let through`);
    }
    checkWrites(request, response, before, await articleRows());
  };

  it(
    'never answer 5xx, refuse in JSON, let only the right roles through, never publish and never write half an import',
    async () => {
      await runFuzzer({ ...suite, database: app.database }, () =>
        requestProperty(editorialRequests(targets, signatures, versions), sendAndCheck)
      );
    },
    fuzzTimeout(suite)
  );
});
