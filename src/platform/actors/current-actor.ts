import { AsyncLocalStorage } from 'async_hooks';
import type { Core } from '@strapi/strapi';

/** Who made a write or an event, as history and the audit log record it. */
export type Actor = {
  kind: 'admin' | 'api-token' | 'user' | 'public' | 'system';
  id?: string;
  /** How people read it: "Ada Lovelace <ada@clinic.example>", `API token "Site build"`, "scheduler". */
  by: string;
  /** The way in: admin panel, rest, graphql, or the server's own job (import, scheduler, restore, seed, script). */
  source: string;
};

/** The server's own jobs, named for the records they leave. */
export type Job = 'import' | 'scheduler' | 'restore' | 'seed' | 'startup' | 'script';

const jobs = new AsyncLocalStorage<Job>();

/** Runs work on behalf of one of the server's jobs: writes inside it are recorded as that job's. */
export const actingAs = <T>(job: Job, work: () => Promise<T>) => jobs.run(job, work);

type Credentials = { id?: number | string; name?: string };
type Person = { id?: number | string; firstname?: string | null; lastname?: string | null; username?: string | null; email?: string };
type RequestState = { auth?: { strategy?: { name?: string }; credentials?: Credentials }; user?: Person };

// Strapi's names for a request that carries an API token (content API) or an admin token.
const TOKEN_STRATEGIES = new Set(['content-api-token', 'admin-token']);

const sourceOfPath = (path: string) => {
  if (path.startsWith('/graphql')) return 'graphql';
  if (path.startsWith('/api/')) return 'rest';
  return 'admin panel';
};

const personName = (person: Person) => {
  const name = [person.firstname, person.lastname].filter(Boolean).join(' ') || person.username || '';
  if (!person.email) return name || `user ${person.id}`;
  return name ? `${name} <${person.email}>` : person.email;
};

/**
 * The actor behind the current write: the signed-in panel user, the API token or the site user
 * of the request, or the server job it runs in. A write with neither is a script's.
 */
export const currentActor = (strapi: Core.Strapi): Actor => {
  const job = jobs.getStore();
  const ctx = strapi.requestContext.get();
  if (!ctx) return { kind: 'system', by: job ?? 'script', source: job ?? 'script' };
  const source = job ?? sourceOfPath(ctx.request.path);
  const { auth, user } = ctx.state as RequestState;
  const strategy = auth?.strategy?.name;
  if (strategy && TOKEN_STRATEGIES.has(strategy) && auth?.credentials) {
    return {
      kind: 'api-token',
      id: String(auth.credentials.id),
      by: `API token "${auth.credentials.name ?? auth.credentials.id}"`,
      source,
    };
  }
  if (user && strategy === 'users-permissions') return { kind: 'user', id: String(user.id), by: personName(user), source };
  if (user) return { kind: 'admin', id: String(user.id), by: personName(user), source };
  return { kind: 'public', by: 'anonymous', source };
};
