import { spawn } from 'child_process';
import path from 'path';

const appDir = path.resolve(__dirname, '..', '..');

export type ScriptResult = { code: number | null; stdout: string; stderr: string };

/**
 * `npm run <script> -- <args>` in its own process, as an operator or a CI job runs it: with the
 * given app's environment, no stdin (nobody to answer a question) and CI=true. SKIP_COMPILE
 * keeps the command on the app the test setup compiled instead of compiling it again.
 */
export const runNpmScript = (script: string, args: string[], env: Record<string, string>) =>
  new Promise<ScriptResult>((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
      cwd: appDir,
      env: { ...process.env, ...env, SKIP_COMPILE: 'true', CI: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
