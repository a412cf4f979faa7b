import fc from 'fast-check';
import type { FuzzTargets } from './fuzz-content';
import { sendable, serialise } from './fuzz-rest-queries';

/** Who sends an editorial request: a panel user of one role, or nobody signed in. */
export type Caller = 'editor' | 'author' | 'marketer' | 'reviewer' | 'owner' | 'anonymous';

/** A version the history holds, to aim history requests at. */
export type KnownVersion = { uid: string; documentId: string; id: number };

/** One request to the admin panel's editorial routes: the quality report, a check, a sign-off, a pasted import, history or the audit log. */
export type EditorialCase = {
  caller: Caller;
  method: 'GET' | 'POST';
  url: string;
  body?: string;
  contentType?: string;
};

// Lines as clinics' exported pages hold them: titles, sections, chrome, markup, and worse.
const LINES = [
  '# Why runners should book a sports massage',
  'Why runners should book a sports massage',
  '## What a session does',
  '1. Looser calves',
  '**Recovery between long runs**',
  'PLANTAR FASCIITIS AND YOUR ARCH',
  'How it helps:',
  'A sports massage works on the calves, hamstrings and the iliotibial band after a long run.',
  'Shin splints settle with rest, load management and soft-tissue work.',
  'Massage flushes lactic acid out of your muscles.',
  'Massage cures plantar fasciitis for good.',
  '- foam rolling',
  '* ice baths',
  'Posted by Jo on 3 March | 4 comments',
  'Home > Blog > Running',
  'Share on Facebook Share on X',
  'Book now at our Harbour Clinic: call 0117 000 0000',
  'We use cookies to improve your experience. Accept',
  'Related posts',
  '<h1>Knee strength basics</h1>',
  '<p>Strong <b>glutes</b> protect the knee.</p>',
  '<script>alert(1)</script>',
  '<table><tr><td>Week</td><td>Miles</td></tr></table>',
  '<img src=x onerror=alert(1)>',
  '<!-- wp:paragraph -->',
  '',
  '   ',
  '\u0000',
  '\ufeff',
  '😀 runner’s knee – “ITB” …',
];

const FILE_NAMES = [
  'post.md',
  'page.html',
  'notes.txt',
  'export.htm',
  'scan.pdf',
  'noextension',
  '',
  '.md',
  '../../etc/passwd.md',
  'a/b\\c.md',
  '%00.md',
  'x'.repeat(400) + '.md',
  'café.MD',
];

const text = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.constantFrom(...LINES), { maxLength: 30 }).map((lines) => lines.join('\n')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(500_001), `${LINES[0]}\n${LINES[7].repeat(2000)}`) }
);
const anything = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 })
);

// WordPress exports as the import page sends them, and broken ones: posts of every type and
// status, CDATA split and unsplit, entities, a doctype that declares its own, markup cut short.
const wordPressItem = fc
  .record({
    id: fc.oneof(
      fc.integer({ min: 1, max: 9 }).map(String),
      anything.map((value) => JSON.stringify(value))
    ),
    type: fc.constantFrom('post', 'post', 'page', 'attachment', 'revision', 'nav_menu_item', '', 'x'),
    status: fc.constantFrom('publish', 'draft', 'trash', 'auto-draft', 'inherit', 'private', ''),
    title: fc.oneof(fc.constantFrom(...LINES), fc.string({ maxLength: 30 })),
    link: fc.constantFrom(
      'https://old.example/2020/01/a-post/',
      'https://old.example/?p=3',
      '/relative/',
      'javascript:alert(1)',
      '',
      'https://old.example/articles/x'
    ),
    slug: fc.oneof(fc.constantFrom('a-post', '', '../../x', '%E2%80%99', 'x'.repeat(300)), fc.string({ maxLength: 10 })),
    content: text,
    meta: fc.array(
      fc.tuple(
        fc.constantFrom('_thumbnail_id', '_yoast_wpseo_title', '_yoast_wpseo_metadesc', 'rank_math_title', '_wp_attached_file', 'x'),
        fc.oneof(fc.constantFrom('%%title%% %%sep%% %%sitename%%', '1', '../../etc/passwd', '%title%'), fc.string({ maxLength: 80 }))
      ),
      { maxLength: 3 }
    ),
    category: fc.oneof(fc.constantFrom('Running', 'Uncategorized', ''), fc.string({ maxLength: 10 })),
  })
  .map(
    ({ id, type, status, title, link, slug, content, meta, category }) =>
      `<item><title><![CDATA[${title}]]></title><link>${link}</link><dc:creator>someone</dc:creator>` +
      `<content:encoded><![CDATA[${content.replace(/]]>/g, ']]]]><![CDATA[>')}]]></content:encoded>` +
      `<wp:post_id>${id}</wp:post_id><wp:post_name>${slug}</wp:post_name><wp:status>${status}</wp:status><wp:post_type>${type}</wp:post_type>` +
      `<wp:post_date_gmt>2021-02-30 25:61:00</wp:post_date_gmt><category domain="category">${category}</category>` +
      meta
        .map(
          ([key, value]) =>
            `<wp:postmeta><wp:meta_key>${key}</wp:meta_key><wp:meta_value><![CDATA[${value}]]></wp:meta_value></wp:postmeta>`
        )
        .join('') +
      '</item>'
  );
const WXR_OPEN =
  '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Old blog</title><link>https://old.example</link><wp:wxr_version>1.2</wp:wxr_version>';
const wordPressExport = fc.oneof(
  { weight: 6, arbitrary: fc.array(wordPressItem, { maxLength: 3 }).map((items) => `${WXR_OPEN}${items.join('')}</channel></rss>`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      `<!DOCTYPE rss [<!ENTITY a "${'a'.repeat(50)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>${WXR_OPEN}<item><title>&b;&b;&b;</title><wp:post_type>post</wp:post_type></item></channel></rss>`,
      `${WXR_OPEN}<item><title>cut short`,
      '<rss><channel></channel></rss>',
      '<?xml version="1.0"?><html><body>not an export</body></html>'
    ),
  },
  { weight: 1, arbitrary: text }
);
const wordPressBody = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record(
        {
          content: fc.oneof({ weight: 5, arbitrary: wordPressExport }, anything),
          types: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(['post'], ['post', 'page']) }, fc.constantFrom(['x'], []), anything),
        },
        { requiredKeys: ['content'], noNullPrototype: true }
      )
      .map((body) => JSON.stringify(body)),
  },
  { weight: 1, arbitrary: anything.map((value) => JSON.stringify(value)) }
);

/** The editorial routes behind the admin login, called as each role and as nobody. */
export const editorialRequests = (targets: FuzzTargets, signatures: string[], versions: KnownVersion[]): fc.Arbitrary<EditorialCase> => {
  const caller = fc.constantFrom<Caller>('editor', 'editor', 'author', 'marketer', 'reviewer', 'owner', 'anonymous');
  const documentId = fc.oneof(
    fc.constantFrom(...targets.documentIds.articles),
    fc.constantFrom('', 'nope', '%00', '1', 'x'.repeat(3000)),
    anything
  );

  const quality = fc.tuple(caller, fc.record({ documentId, foo: anything }, { requiredKeys: [] }).chain(serialise)).map(
    ([who, search]): EditorialCase => ({
      caller: who,
      method: 'GET',
      url: search ? `/editorial/quality?${search}` : '/editorial/quality',
    })
  );

  const check = fc.tuple(caller, documentId).map(
    ([who, id]): EditorialCase => ({
      caller: who,
      method: 'GET',
      url: `/editorial/articles/${encodeURIComponent(typeof id === 'string' ? id : JSON.stringify(id))}/check`,
    })
  );

  const unsavedValues = fc.oneof(
    fc.record(
      {
        title: fc.oneof(fc.string({ maxLength: 40 }), anything),
        body: fc.oneof(fc.constant([{ type: 'paragraph', children: [{ type: 'text', text: 'It will detox you.' }] }]), anything),
        medicalReview: fc.oneof(fc.record({ reviewerName: anything, credentials: anything, reviewedOn: anything }), anything),
        sources: fc.oneof(fc.array(fc.record({ title: anything, url: anything, year: anything }), { maxLength: 3 }), anything),
        faq: fc.oneof(fc.array(fc.record({ question: anything, answer: anything }), { maxLength: 3 }), anything),
        reviewIntervalMonths: fc.oneof(fc.integer({ min: -2, max: 200 }), anything),
        seo: anything,
        cover: anything,
      },
      { requiredKeys: [] }
    ),
    anything
  );
  const checkUnsaved = fc.tuple(caller, documentId, unsavedValues).map(
    ([who, id, data]): EditorialCase => ({
      caller: who,
      method: 'POST',
      url: `/editorial/articles/${encodeURIComponent(typeof id === 'string' ? id : JSON.stringify(id))}/check`,
      body: JSON.stringify({ data }),
      contentType: 'application/json',
    })
  );

  // Fingerprints of the seeded drafts as they are (a sign-off that goes through), and ones that are not.
  const signature = fc.oneof(
    fc.constantFrom(...signatures),
    fc.stringMatching(/^[0-9a-f]{64}$/),
    fc.constantFrom('', 'A'.repeat(64), 'a'.repeat(65), 'a'.repeat(63)),
    anything
  );
  const signOff = fc.tuple(caller, documentId, fc.oneof({ weight: 5, arbitrary: fc.record({ signature }) }, anything)).map(
    ([who, id, body]): EditorialCase => ({
      caller: who,
      method: 'POST',
      url: `/editorial/articles/${encodeURIComponent(typeof id === 'string' ? id : JSON.stringify(id))}/sign-off`,
      body: JSON.stringify(body),
      contentType: 'application/json',
    })
  );

  const work = fc
    .tuple(caller, fc.record({ foo: anything }, { requiredKeys: [] }).chain(serialise))
    .map(([who, search]): EditorialCase => ({ caller: who, method: 'GET', url: search ? `/editorial/work?${search}` : '/editorial/work' }));

  const importBody = fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .record(
          {
            fileName: fc.oneof(fc.constantFrom(...FILE_NAMES), anything),
            content: fc.oneof({ weight: 5, arbitrary: text }, anything),
            sourceKey: fc.oneof(fc.string({ maxLength: 12 }), anything),
          },
          { requiredKeys: ['content'] }
        )
        .map((body) => JSON.stringify(body)),
    },
    {
      weight: 1,
      arbitrary: fc.oneof(
        anything.map((value) => JSON.stringify(value)),
        fc.constantFrom('{', '{"content":', '[]', 'null', '"text"', '{"content":"a"}'.repeat(2))
      ),
    }
  );
  const contentType = fc.constantFrom(
    'application/json',
    'application/json',
    'application/json',
    'text/plain',
    'application/x-www-form-urlencoded',
    'application/json; charset=latin1'
  );
  const pasted = fc
    .tuple(
      caller,
      importBody,
      contentType,
      fc.oneof(fc.constant(''), fc.string({ unit: fc.constantFrom('a', '=', '&', '%', '[', ']', '1'), maxLength: 12 }).map(sendable))
    )
    .map(
      ([who, body, type, search]): EditorialCase => ({
        caller: who,
        method: 'POST',
        url: search ? `/editorial/import?${search}` : '/editorial/import',
        body,
        contentType: type,
      })
    );

  const segment = (value: unknown) => encodeURIComponent(typeof value === 'string' ? value : JSON.stringify(value));
  const versionPath = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...versions).map((version) => [version.uid, version.documentId, String(version.id)]) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.oneof(
            fc.constantFrom('api::article.article', 'api::topic.topic', 'api::audit-entry.audit-entry', 'admin::user', 'api::x.x'),
            anything
          ),
          documentId,
          fc.oneof(
            fc.constantFrom(...versions.map((version) => String(version.id))),
            fc.constantFrom('0', '-1', '1e3', 'abc', '99999999999999999999'),
            anything
          )
        )
        .map((parts) => parts.map(segment)),
    }
  );
  const history = fc.tuple(caller, versionPath, fc.constantFrom('list', 'version', 'restore')).map(
    ([who, [uid, id, versionId], kind]): EditorialCase =>
      kind === 'list'
        ? { caller: who, method: 'GET', url: `/editorial/history/${uid}/${id}` }
        : kind === 'version'
          ? { caller: who, method: 'GET', url: `/editorial/history/${uid}/${id}/${versionId}` }
          : {
              caller: who,
              method: 'POST',
              url: `/editorial/history/${uid}/${id}/${versionId}/restore`,
              body: '{}',
              contentType: 'application/json',
            }
  );
  const auditQuery = fc
    .record(
      {
        action: fc.oneof(fc.constantFrom('publish', 'unpublish,delete', 'sign-off', 'dance', ''), anything),
        by: anything,
        uid: anything,
        documentId,
        from: fc.oneof(fc.constantFrom('2026-01-01', '2026-13-45', 'yesterday'), anything),
        to: anything,
        page: anything,
        pageSize: fc.oneof(fc.constantFrom('1', '500', '501', '0'), anything),
        sort: anything,
      },
      { requiredKeys: [] }
    )
    .chain(serialise);
  const audit = fc.tuple(caller, auditQuery, fc.boolean()).map(([who, search, csv]): EditorialCase => {
    const path = csv ? '/editorial/audit/export.csv' : '/editorial/audit';
    return { caller: who, method: 'GET', url: search ? `${path}?${search}` : path };
  });

  const wordPress = fc
    .tuple(caller, wordPressBody, contentType)
    .map(
      ([who, body, type]): EditorialCase => ({ caller: who, method: 'POST', url: '/editorial/import/wordpress', body, contentType: type })
    );

  return fc.oneof(quality, check, checkUnsaved, signOff, work, { weight: 2, arbitrary: pasted }, { weight: 2, arbitrary: history }, audit, {
    weight: 2,
    arbitrary: wordPress,
  });
};
