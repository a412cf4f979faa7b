import { spawn, type ChildProcess } from 'child_process';
import path from 'path';
import request from 'supertest';
import type { TestApp } from './strapi';

const script = path.join(__dirname, 'app-process-entry.js');

const run = (app: TestApp, args: string[], env: Record<string, string> = {}) =>
  spawn(process.execPath, [script, ...args], { env: { ...process.env, ...app.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });

/** The first line the process prints that `wanted` accepts (with logs on, not always the first). */
const firstLine = (child: ChildProcess, wanted: (line: string) => boolean = () => true) =>
  new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').slice(0, -1).find(wanted);
      if (line !== undefined) resolve(line);
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`app process exited with ${code}: ${err}`)));
  });

/**
 * A second instance of the app, in its own process, on the test app's database; `env` adds to
 * or overrides the test app's configuration, and `output()` is everything it printed so far.
 */
export const startSecondInstance = async (app: TestApp, env: Record<string, string> = {}) => {
  const child = run(app, ['serve'], env);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const { port } = JSON.parse(await firstLine(child, (line) => line.startsWith('{"port"'))) as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    http: () => request(`http://127.0.0.1:${port}`),
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
};

/** A script in another process publishing a change through the Document Service. */
export const publishFromAnotherProcess = async (app: TestApp, uid: string, documentId: string, data: object) => {
  await firstLine(run(app, ['publish', uid, documentId, JSON.stringify(data)]));
};
