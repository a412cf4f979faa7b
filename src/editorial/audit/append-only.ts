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
  `DROP TRIGGER IF EXISTS ${TABLE}_no_change ON ${TABLE}`,
  `CREATE TRIGGER ${TABLE}_no_change BEFORE UPDATE OR DELETE ON ${TABLE} FOR EACH ROW EXECUTE FUNCTION ${TABLE}_append_only()`,
  `DROP TRIGGER IF EXISTS ${TABLE}_no_truncate ON ${TABLE}`,
  `CREATE TRIGGER ${TABLE}_no_truncate BEFORE TRUNCATE ON ${TABLE} FOR EACH STATEMENT EXECUTE FUNCTION ${TABLE}_append_only()`,
];

/**
 * Makes the audit log append-only in the database itself, so that no route, script, plugin or
 * SQL console can rewrite what happened: updates and deletes of its rows fail. Set at every
 * start (a schema sync may have rebuilt the table); backups leave the log out, so a restore
 * never needs to clear it.
 */
export const makeAuditLogAppendOnly = async (strapi: Core.Strapi) => {
  const statements = strapi.db.dialect.client === 'postgres' ? POSTGRES_TRIGGERS : SQLITE_TRIGGERS;
  for (const statement of statements) await strapi.db.connection.raw(statement);
};
