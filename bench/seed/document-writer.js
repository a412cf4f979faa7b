// Turns documents keyed by attribute names into the rows Strapi 5 itself would write: a draft
// and a published row per document of a draft & publish type (relations drafts-to-drafts and
// published-to-published), own component rows per version, media through the morph table.
const { createSchemaMap } = require('./schema-map');

const FILE = 'plugin::upload.file';

const createDocumentWriter = (strapi, writer) => {
  const schema = createSchemaMap(strapi);
  const media = schema.media();
  const rowIds = new Map();
  const positions = new Map();

  // Where the owner sits in the target's list (e.g. article_ord): one more than the last one.
  const nextPosition = (table, targetId) => {
    const key = `${table}:${targetId}`;
    const position = (positions.get(key) ?? 0) + 1;
    positions.set(key, position);
    return position;
  };

  const targetId = (uid, index, status) => {
    const ids = rowIds.get(uid)?.[index];
    if (!ids) throw new Error(`${uid} #${index} must be written before what links to it`);
    return ids[status] ?? ids.published;
  };

  const attachMedia = (fileIndex, relatedUid, relatedId, field) =>
    writer.add(media.table, {
      [media.file]: targetId(FILE, fileIndex, 'published'),
      [media.id]: relatedId,
      [media.type]: relatedUid,
      [media.field]: field,
      [media.order]: 1,
    });

  /** The component rows of one field, each linked to the owner row through its `*_cmps` table. */
  const writeComponents = (uid, ownerId, name, items, repeatable) => {
    const link = schema.component(uid, name);
    const model = strapi.getModel(link.componentUid);
    items.forEach((item, index) => {
      const scalars = Object.fromEntries(Object.entries(item).filter(([key]) => model.attributes[key]?.type !== 'media'));
      const componentId = writer.add(link.componentTable, schema.row(link.componentUid, scalars));
      writer.add(link.table, {
        [link.entity]: ownerId,
        [link.cmp]: componentId,
        [link.field]: link.fieldName,
        [link.type]: link.componentUid,
        [link.order]: repeatable ? index + 1 : null,
      });
      for (const [key, value] of Object.entries(item)) {
        if (model.attributes[key]?.type === 'media' && value !== null && value !== undefined)
          attachMedia(value, link.componentUid, componentId, key);
      }
    });
  };

  const writeRelation = (uid, ownerId, name, targetUid, indexes, status) => {
    const link = schema.relation(uid, name);
    indexes.forEach((index, position) => {
      const target = targetId(targetUid, index, status);
      const row = { [link.owner]: ownerId, [link.target]: target };
      if (link.order) row[link.order] = position + 1;
      if (link.inverseOrder) row[link.inverseOrder] = nextPosition(link.table, target);
      writer.add(link.table, row);
    });
  };

  const writeVersion = (uid, document, status, now) => {
    const model = strapi.getModel(uid);
    const { draft, ...values } = status === 'draft' ? { ...document, ...document.draft } : document;
    const scalars = { createdAt: now, updatedAt: now };
    const nested = [];
    for (const [name, value] of Object.entries(values)) {
      // documentId is no schema attribute, only a column: schema.row places it from the metadata.
      const attribute = model.attributes[name];
      if (attribute && ['component', 'media', 'relation'].includes(attribute.type)) nested.push([name, attribute, value]);
      else scalars[name] = value;
    }
    scalars.publishedAt = status === 'published' ? (values.publishedAt ?? now) : null;
    const id = writer.add(schema.tableOf(uid), schema.row(uid, scalars));
    for (const [name, attribute, value] of nested) {
      if (value === null || value === undefined) continue;
      if (attribute.type === 'component')
        writeComponents(uid, id, name, attribute.repeatable ? value : [value], Boolean(attribute.repeatable));
      else if (attribute.type === 'media') attachMedia(value, uid, id, name);
      else writeRelation(uid, id, name, attribute.target, Array.isArray(value) ? value : [value], status);
    }
    return id;
  };

  /** Queues one document's rows; remembers its row ids so later documents can link to it. */
  const write = (uid, document, now = new Date()) => {
    const versions = strapi.getModel(uid).options?.draftAndPublish ? ['draft', 'published'] : ['published'];
    const ids = Object.fromEntries(versions.map((status) => [status, writeVersion(uid, document, status, now)]));
    if (!rowIds.has(uid)) rowIds.set(uid, []);
    rowIds.get(uid).push(ids);
    return ids;
  };

  return { write, tableOf: schema.tableOf, tablesOf: (uids) => uids.flatMap((uid) => tablesWithIds(strapi, schema, uid)) };
};

/** The tables whose rows get ids here: a type's own table and its components' tables. */
const tablesWithIds = (strapi, schema, uid) => {
  const model = strapi.getModel(uid);
  const components = Object.entries(model.attributes)
    .filter(([, attribute]) => attribute.type === 'component')
    .map(([, attribute]) => schema.tableOf(attribute.component));
  return [schema.tableOf(uid), ...components];
};

module.exports = { createDocumentWriter };
