// Integrity checks of a database after faults, run inside a booted app (verify-database.js):
// tables and columns come from Strapi's own metadata, so every content type, component and
// relation is covered, not only the ones this harness writes.
const { compositionOf } = require('./writes');

const ARTICLE = 'api::article.article';

const count = async (knex, sql, bindings = []) => Number((await knex.raw(sql, bindings)).rows[0].count);
const rows = async (knex, sql, bindings = []) => (await knex.raw(sql, bindings)).rows;

// Types with draft & publish keep a draft row and at most one published row per document (and locale).
const draftAndPublishTypes = (strapi) =>
  [...strapi.db.metadata.values()].filter((meta) => meta.uid.startsWith('api::') && strapi.getModel(meta.uid)?.options?.draftAndPublish);

/** Two drafts or two published rows of one document, and one slug used by two documents. */
const duplicates = async (strapi) => {
  const knex = strapi.db.connection;
  const found = [];
  for (const meta of draftAndPublishTypes(strapi)) {
    const table = meta.tableName;
    const hasLocale = Boolean(meta.attributes.locale);
    const locale = hasLocale ? ', locale' : '';
    for (const [label, where] of [
      ['published rows', 'published_at IS NOT NULL'],
      ['draft rows', 'published_at IS NULL'],
    ]) {
      const twice = await rows(
        knex,
        `SELECT document_id${locale}, count(*) AS n FROM ${table} WHERE ${where} GROUP BY document_id${locale} HAVING count(*) > 1 LIMIT 5`
      );
      for (const row of twice) found.push(`${meta.uid}: ${row.n} ${label} for document ${row.document_id}`);
    }
    const orphanPublished = await rows(
      knex,
      `SELECT p.document_id FROM ${table} p WHERE p.published_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${table} d WHERE d.document_id = p.document_id AND d.published_at IS NULL) LIMIT 5`
    );
    for (const row of orphanPublished) found.push(`${meta.uid}: document ${row.document_id} is published without a draft`);
  }
  for (const meta of [...strapi.db.metadata.values()].filter(
    (candidate) => candidate.uid.startsWith('api::') && candidate.attributes.slug
  )) {
    const locale = meta.attributes.locale ? ', locale' : '';
    const slugs = await rows(
      knex,
      `SELECT slug, count(DISTINCT document_id) AS n FROM ${meta.tableName} WHERE slug IS NOT NULL GROUP BY slug${locale} HAVING count(DISTINCT document_id) > 1 LIMIT 5`
    );
    for (const row of slugs) found.push(`${meta.uid}: slug "${row.slug}" used by ${row.n} documents`);
  }
  const imports = await rows(
    knex,
    `SELECT import_source_key, count(DISTINCT document_id) AS n FROM ${strapi.db.metadata.get(ARTICLE).tableName} WHERE import_source_key IS NOT NULL GROUP BY 1 HAVING count(DISTINCT document_id) > 1`
  );
  for (const row of imports) found.push(`${ARTICLE}: import source ${row.import_source_key} imported as ${row.n} documents`);
  return found;
};

const whereOn = (joinTable, alias) =>
  Object.entries(joinTable.on ?? {})
    .map(([column, value]) => `AND ${alias}.${column} = '${String(value).replace(/'/g, "''")}'`)
    .join(' ');

/**
 * Join rows (relations and components) whose either end is gone, and component rows no entry
 * refers to any more.
 */
const orphans = async (strapi) => {
  const knex = strapi.db.connection;
  const found = [];
  const componentUses = new Map();
  for (const meta of strapi.db.metadata.values()) {
    for (const [name, attribute] of Object.entries(meta.attributes)) {
      const joinTable = attribute.joinTable;
      if (!joinTable || attribute.relation?.startsWith('morph')) continue;
      const target = strapi.db.metadata.get(attribute.type === 'component' ? attribute.component : attribute.target);
      if (!target) continue;
      if (attribute.type === 'component') {
        if (!componentUses.has(target.uid)) componentUses.set(target.uid, []);
        componentUses.get(target.uid).push(joinTable);
      }
      const { name: table, joinColumn, inverseJoinColumn } = joinTable;
      const missingOwner = await count(
        knex,
        `SELECT count(*) FROM ${table} j WHERE NOT EXISTS (SELECT 1 FROM ${meta.tableName} o WHERE o.id = j.${joinColumn.name}) ${whereOn(joinTable, 'j')}`
      );
      const missingTarget = await count(
        knex,
        `SELECT count(*) FROM ${table} j WHERE NOT EXISTS (SELECT 1 FROM ${target.tableName} t WHERE t.id = j.${inverseJoinColumn.name}) ${whereOn(joinTable, 'j')}`
      );
      if (missingOwner > 0) found.push(`${table} (${meta.uid}.${name}): ${missingOwner} row(s) point to a missing ${meta.uid}`);
      if (missingTarget > 0) found.push(`${table} (${meta.uid}.${name}): ${missingTarget} row(s) point to a missing ${target.uid}`);
    }
  }
  for (const [uid, joinTables] of componentUses) {
    const table = strapi.db.metadata.get(uid).tableName;
    const referenced = joinTables
      .map(
        (joinTable) =>
          `EXISTS (SELECT 1 FROM ${joinTable.name} j WHERE j.${joinTable.inverseJoinColumn.name} = c.id ${whereOn(joinTable, 'j')})`
      )
      .join(' OR ');
    const unreferenced = await count(knex, `SELECT count(*) FROM ${table} c WHERE NOT (${referenced})`);
    if (unreferenced > 0) found.push(`${table} (${uid}): ${unreferenced} component row(s) no entry refers to`);
  }
  return found;
};

const POPULATE = {
  sources: true,
  faq: true,
  medicalReview: true,
  seo: true,
  author: { select: ['documentId'] },
  topics: { select: ['documentId'] },
  conditions: { select: ['documentId'] },
};

const articleRows = async (strapi, where) => strapi.db.query(ARTICLE).findMany({ where, populate: POPULATE });

/** An article row against what its excerpt says it was written with. */
const compositionProblems = (row, expected) => {
  const problems = [];
  const have = {
    sources: row.sources?.length ?? 0,
    faq: row.faq?.length ?? 0,
    topics: row.topics?.length ?? 0,
    conditions: row.conditions?.length ?? 0,
  };
  for (const key of Object.keys(have)) {
    const want = typeof expected[key] === 'number' ? expected[key] : expected[key].length;
    if (have[key] !== want) problems.push(`${key} ${have[key]} of ${want}`);
  }
  // Clients never send the review (a reviewer's sign-off writes it); a published row must have one.
  if (row.publishedAt && !row.medicalReview) problems.push('published without a medical review');
  if (!row.seo) problems.push('no SEO');
  if (!row.author) problems.push('no author');
  if (!Array.isArray(row.body) || row.body.length === 0) problems.push('no body');
  return problems;
};

/** Every article the harness wrote (acknowledged or not) is whole, in its draft and its published row. */
const incompleteArticles = async (strapi) => {
  const written = await articleRows(strapi, { excerpt: { $startsWith: 'faults ' } });
  const found = [];
  for (const row of written) {
    const problems = compositionProblems(row, compositionOf(row.excerpt));
    if (problems.length > 0)
      found.push(`${row.documentId} (${row.publishedAt ? 'published' : 'draft'} row "${row.title}"): ${problems.join(', ')}`);
  }
  return { checked: written.length, found };
};

const sameIds = (linked, expected) => JSON.stringify((linked ?? []).map((item) => item.documentId).sort()) === JSON.stringify(expected);

/** Each acknowledged write is there: titles as the ledger allows, links and components as sent. */
const lostWrites = async (strapi, expectations) => {
  const found = [];
  let verified = 0;
  for (let start = 0; start < expectations.length; start += 200) {
    const chunk = expectations.slice(start, start + 200);
    const found_rows = await articleRows(strapi, { documentId: { $in: chunk.map((entry) => entry.documentId) } });
    for (const entry of chunk) {
      const draft = found_rows.find((row) => row.documentId === entry.documentId && !row.publishedAt);
      const published = found_rows.find((row) => row.documentId === entry.documentId && row.publishedAt);
      const problems = [];
      if (!draft) problems.push('no draft row');
      else if (entry.draft && !entry.draft.includes(draft.title))
        problems.push(`draft title "${draft.title}", expected ${entry.draft.map((title) => `"${title}"`).join(' or ')}`);
      const publishedTitle = published?.title ?? null;
      if (!entry.published.includes(publishedTitle))
        problems.push(
          `published title ${JSON.stringify(publishedTitle)}, expected ${entry.published.map((title) => JSON.stringify(title)).join(' or ')}`
        );
      if (entry.expected) {
        for (const row of [draft, published].filter(Boolean)) {
          if (row.author?.documentId !== entry.expected.author) problems.push(`${row.publishedAt ? 'published' : 'draft'} author differs`);
          if (!sameIds(row.topics, entry.expected.topics)) problems.push(`${row.publishedAt ? 'published' : 'draft'} topics differ`);
          if (!sameIds(row.conditions, entry.expected.conditions))
            problems.push(`${row.publishedAt ? 'published' : 'draft'} conditions differ`);
        }
      }
      if (problems.length > 0) found.push(`${entry.documentId}: ${problems.join('; ')}`);
      else verified += 1;
    }
  }
  return { verified, found };
};

const IMPORT_LINKS = { conditions: 'conditions', benefits: 'benefits', topics: 'topics', clinics: 'clinicLocations' };

/** Imported articles against the links the importer reported for their text: none lost to a kill. */
const importedArticles = async (strapi, imports) => {
  const found = [];
  const populate = Object.fromEntries(Object.values(IMPORT_LINKS).map((field) => [field, { select: ['name'] }]));
  for (const outcome of imports) {
    const draft = await strapi.db.query(ARTICLE).findOne({ where: { documentId: outcome.documentId, publishedAt: null }, populate });
    if (!draft) {
      found.push(`${outcome.documentId} ("${outcome.title}"): not in the database`);
      continue;
    }
    for (const [kind, field] of Object.entries(IMPORT_LINKS)) {
      const have = (draft[field] ?? []).map((item) => item.name).sort();
      const want = [...(outcome.linked[kind] ?? [])].sort();
      if (JSON.stringify(have) !== JSON.stringify(want))
        found.push(`"${outcome.title}": ${kind} [${have.join(', ')}], imported with [${want.join(', ')}]`);
    }
    if (!Array.isArray(draft.body) || draft.body.length === 0) found.push(`"${outcome.title}": no body`);
  }
  return found;
};

/** Site search against published articles: one entry each, with the published title. */
const searchIndexDrift = async (strapi) => {
  const knex = strapi.db.connection;
  const table = strapi.db.metadata.get(ARTICLE).tableName;
  const missing = await count(
    knex,
    `SELECT count(*) FROM ${table} a WHERE a.published_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM search_entries e WHERE e.content_type = 'article' AND e.document_id = a.document_id)`
  );
  const extra = await count(
    knex,
    `SELECT count(*) FROM search_entries e WHERE e.content_type = 'article' AND NOT EXISTS (SELECT 1 FROM ${table} a WHERE a.published_at IS NOT NULL AND a.document_id = e.document_id)`
  );
  const stale = await count(
    knex,
    `SELECT count(*) FROM search_entries e JOIN ${table} a ON a.document_id = e.document_id AND a.published_at IS NOT NULL WHERE e.content_type = 'article' AND e.title <> a.title`
  );
  return [
    missing && `${missing} published article(s) missing from search`,
    extra && `${extra} search entr(y/ies) for articles not published`,
    stale && `${stale} search entr(y/ies) with an old title`,
  ].filter(Boolean);
};

module.exports = { duplicates, orphans, incompleteArticles, importedArticles, lostWrites, searchIndexDrift };
