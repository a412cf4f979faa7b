import type { Core } from '@strapi/strapi';

const TABLE = 'audit_entries';
const REFUSAL = 'The audit log is append-only: its entries cannot be changed or deleted.';

const SQLITE_TRIGGERS = ['UPDATE', 'DELETE'].map(
  (event) => `CREATE TRIGGER IF NOT EXISTS ${TABLE}_no_${event.toLowerCase()} BEFORE ${event} ON ${TABLE}
   BEGIN SELECT RAISE(ABORT, '${REFUSAL}'); END`
);

const POSTGRES_TRIGGERS = [
  `CREATE OR REPLACE FUNCTION ${TABLE}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN RAISE EXCEPTION '${REFUSAL}'; END $$`,
  `CREATE TRIGGER ${TABLE}_no_change BEFORE UPDATE OR DELETE ON ${TABLE} FOR EACH ROW EXECUTE FUNCTION ${TABLE}_append_only()`,
  `CREATE TRIGGER ${TABLE}_no_truncate BEFORE TRUNCATE ON ${TABLE} FOR EACH STATEMENT EXECUTE FUNCTION ${TABLE}_append_only()`,
];
const POSTGRES_TRIGGER_NAMES = [`${TABLE}_no_change`, `${TABLE}_no_truncate`];
// Creating a trigger waits for every open transaction that read the table; an instance starting
// beside busy ones gives up after this long and says so, rather than hanging its start.
const LOCK_TIMEOUT = '10s';

const makePostgresAppendOnly = async (strapi: Core.Strapi) => {
  const existing = await strapi.db.connection.raw(`SELECT tgname FROM pg_trigger WHERE tgrelid = ?::regclass AND tgname = ANY(?)`, [
    TABLE,
    POSTGRES_TRIGGER_NAMES,
  ]);
  // Set once, by whichever instance started first: nothing to lock for the others.
  if (existing.rows.length === POSTGRES_TRIGGER_NAMES.length) return;
  await strapi.db.connection.transaction(async (trx) => {
    await trx.raw(`SET LOCAL lock_timeout = '${LOCK_TIMEOUT}'`);
    for (const name of POSTGRES_TRIGGER_NAMES) await trx.raw(`DROP TRIGGER IF EXISTS ${name} ON ${TABLE}`);
    for (const statement of POSTGRES_TRIGGERS) await trx.raw(statement);
  });
};

/**
 * Makes the audit log append-only in the database itself, so that no route, script, plugin or
 * SQL console can rewrite what happened: updates and deletes of its rows fail. Checked at every
 * start (a schema sync may have rebuilt the table); backups leave the log out, so a restore
 * never needs to clear it.
 */
export const makeAuditLogAppendOnly = async (strapi: Core.Strapi) => {
  if (strapi.db.dialect.client === 'postgres') return makePostgresAppendOnly(strapi);
  for (const statement of SQLITE_TRIGGERS) await strapi.db.connection.raw(statement);
};
