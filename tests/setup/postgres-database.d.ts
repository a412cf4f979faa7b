/** Creates a database on the test PostgreSQL server, a copy of `template` when given; returns its URL (postgres-database.js). */
export declare const createPostgresDatabase: (serverUrl: string, name: string, template?: string) => Promise<string>;
