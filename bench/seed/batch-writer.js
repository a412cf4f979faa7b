// Collects rows per table and writes them as multi-row INSERTs inside one transaction per flush.
// Ids are assigned here, so link and component rows can point at rows of the same batch.

// SQLite allows 32766 bound values per statement, PostgreSQL 65535: stay under both. Knex
// writes a multi-row insert on SQLite as a UNION ALL of SELECTs, which SQLite caps at 500.
const BINDING_LIMIT = 30000;
const SQLITE_ROW_LIMIT = 500;

const createBatchWriter = (knex, { isPostgres }) => {
  const pending = new Map();
  const nextIds = new Map();
  const columnInfo = new Map();
  const counts = {};

  /** Loads the next free id of each table that rows will be added to with ids. */
  const reserveIds = async (tables) => {
    for (const table of tables) {
      const [{ max }] = await knex(table).max({ max: 'id' });
      nextIds.set(table, Number(max ?? 0) + 1);
    }
  };

  /** Queues a row; returns its id when the table's ids were reserved. */
  const add = (table, row) => {
    let id;
    if (nextIds.has(table)) {
      id = nextIds.get(table);
      nextIds.set(table, id + 1);
      row = { id, ...row };
    }
    if (!pending.has(table)) pending.set(table, []);
    pending.get(table).push(row);
    return id;
  };

  // Read from the database, so a renamed column fails loudly here instead of as a 500 later.
  const checkColumns = async (trx, table, row) => {
    if (!columnInfo.has(table)) columnInfo.set(table, await trx(table).columnInfo());
    const info = columnInfo.get(table);
    if (Object.keys(info).length === 0) throw new Error(`Table ${table} does not exist: the seeder is out of date with the schema.`);
    const missing = Object.keys(row).filter((column) => !(column in info));
    if (missing.length > 0)
      throw new Error(`Table ${table} has no column(s) ${missing.join(', ')}: the seeder is out of date with the schema.`);
  };

  /** Writes everything queued, parents before links (tables in the order first used). */
  const flush = async () => {
    const batches = [...pending.entries()];
    pending.clear();
    await knex.transaction(async (trx) => {
      // Losing the last batch in a crash costs nothing here: a half-seeded database is reseeded.
      if (isPostgres) await trx.raw('SET LOCAL synchronous_commit = off');
      for (const [table, rows] of batches) {
        await checkColumns(trx, table, rows[0]);
        const byBindings = Math.max(1, Math.floor(BINDING_LIMIT / Object.keys(rows[0]).length));
        const size = isPostgres ? byBindings : Math.min(byBindings, SQLITE_ROW_LIMIT);
        for (let start = 0; start < rows.length; start += size) await trx(table).insert(rows.slice(start, start + size));
        counts[table] = (counts[table] ?? 0) + rows.length;
      }
    });
  };

  /** After explicit ids, PostgreSQL's sequences must move past them or the app's next insert clashes. */
  const finish = async () => {
    if (!isPostgres) return;
    for (const table of nextIds.keys()) {
      await knex.raw(`SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT max(id) FROM ??))`, [table, table]);
    }
  };

  return { reserveIds, add, flush, finish, counts };
};

module.exports = { createBatchWriter };
