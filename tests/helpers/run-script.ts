import { spawn } from 'child_process';
import path from 'path';
import { Client } from 'pg';

const appDir = path.resolve(__dirname, '..', '..');

export type ScriptResult = { code: number | null; stdout: string; stderr: string; seconds: number };

// Well above a command's usual few seconds, and below Jest's limit for the test running it, so
// that a command that hangs fails its test with its own output instead of a bare Jest timeout.
const COMMAND_LIMIT_MS = 150_000;

type Session = {
  pid: number;
  state: string | null;
  wait: string | null;
  blocked_by: number[];
  in_transaction: string | null;
  query: string;
};

/**
 * What every other session on the command's PostgreSQL database was doing, for the message of a
 * command that hung: a wait on a lock names the sessions holding it. Empty on SQLite.
 */
const databaseSessions = async (env: Record<string, string>) => {
  if (env.DATABASE_CLIENT !== 'postgres' || !env.DATABASE_URL) return '';
  const client = new Client({ connectionString: env.DATABASE_URL });
  try {
    await client.connect();
    const { rows } = await client.query<Session>(
      `SELECT pid, state, concat_ws(':', wait_event_type, wait_event) AS wait, pg_blocking_pids(pid) AS blocked_by,
              (now() - xact_start)::text AS in_transaction, left(query, 300) AS query
       FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() ORDER BY pid`
    );
    const lines = rows.map((row) => `  ${JSON.stringify(row)}`);
    return `\n[sessions on its database when it was killed:\n${lines.join('\n')}]`;
  } catch (error) {
    return `\n[its database's sessions could not be read: ${error instanceof Error ? error.message : String(error)}]`;
  } finally {
    await client.end().catch(() => undefined);
  }
};

/**
 * `npm run <script> -- <args>` in its own process, as an operator or a CI job runs it: with the
 * given app's environment, no stdin (nobody to answer a question) and CI=true. SKIP_COMPILE
 * keeps the command on the app the test setup compiled instead of compiling it again. A command
 * still running after `limitMs` is killed, and its result says so in stderr, with what the
 * sessions on its PostgreSQL database were doing.
 */
export const runNpmScript = (script: string, args: string[], env: Record<string, string>, limitMs = COMMAND_LIMIT_MS) =>
  new Promise<ScriptResult>((resolve, reject) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
      cwd: appDir,
      env: { ...process.env, ...env, SKIP_COMPILE: 'true', CI: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that a kill reaches the node process npm started too.
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    let killed = false;
    let sessions = '';
    const limit = setTimeout(async () => {
      sessions = await databaseSessions(env);
      // It may have finished while the sessions were read: its process group is gone then.
      if (child.exitCode !== null || child.signalCode !== null) return;
      killed = true;
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, limitMs);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => {
      clearTimeout(limit);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(limit);
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      if (killed) stderr += `\n[npm run ${script} ${args.join(' ')}: killed after ${seconds} s without finishing]${sessions}`;
      resolve({ code, stdout, stderr, seconds });
    });
  });

/** `node scripts/import.js <args>` on the test's database, killable mid-run: the crash tests kill it halfway. */
export const startImportCli = (args: string[]) => {
  const child = spawn(process.execPath, [path.join(appDir, 'scripts/import.js'), ...args], {
    cwd: appDir,
    env: { ...process.env, SKIP_COMPILE: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
};
