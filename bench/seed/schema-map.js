// Table and column names for the bulk insert, read from the booted app's metadata: the same map
// Strapi builds its schema from (the batch writer checks them against the live database).

const createSchemaMap = (strapi) => {
  const meta = (uid) => strapi.db.metadata.get(uid);

  /** A row of `uid`'s own table from attribute names; relations and components are left out. */
  const row = (uid, values) => {
    const { attributes } = meta(uid);
    const out = {};
    for (const [name, value] of Object.entries(values)) {
      const attribute = attributes[name];
      if (!attribute) throw new Error(`${uid} has no attribute "${name}"`);
      if (attribute.type === 'relation') continue;
      out[attribute.columnName ?? name] = value && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value;
    }
    return out;
  };

  /** The link table of a relation: owner and target columns, and the two order columns. */
  const relation = (uid, name) => {
    const { joinTable } = meta(uid).attributes[name];
    return {
      table: joinTable.name,
      owner: joinTable.joinColumn.name,
      target: joinTable.inverseJoinColumn.name,
      order: joinTable.orderColumnName,
      inverseOrder: joinTable.inverseOrderColumnName,
    };
  };

  /** The `*_cmps` table joining an entity to a component field, and the component's own table. */
  const component = (uid, name) => {
    const { joinTable, target } = meta(uid).attributes[name];
    const [entity, cmp, field, type] = joinTable.pivotColumns;
    return {
      table: joinTable.name,
      entity,
      cmp,
      field,
      type,
      order: joinTable.orderColumnName,
      fieldName: joinTable.on.field,
      componentUid: target,
      componentTable: meta(target).tableName,
    };
  };

  /** The polymorphic table that attaches media files to entities and components. */
  const media = () => {
    const { joinTable } = meta('plugin::upload.file').attributes.related;
    return {
      table: joinTable.name,
      file: joinTable.joinColumn.name,
      type: joinTable.morphColumn.typeColumn.name,
      id: joinTable.morphColumn.idColumn.name,
      field: 'field',
      order: 'order',
    };
  };

  return { tableOf: (uid) => meta(uid).tableName, row, relation, component, media };
};

module.exports = { createSchemaMap };
