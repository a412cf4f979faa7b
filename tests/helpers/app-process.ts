import { spawn, type ChildProcess } from 'child_process';
import path from 'path';
import request from 'supertest';
import type { TestApp } from './strapi';

const script = path.join(__dirname, 'app-process-entry.js');

const run = (app: TestApp, args: string[]) =>
  spawn(process.execPath, [script, ...args], { env: { ...process.env, ...app.env }, stdio: ['ignore', 'pipe', 'pipe'] });

const firstLine = (child: ChildProcess) =>
  new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`app process exited with ${code}: ${err}`)));
  });

/** A second instance of the app, in its own process, on the test app's database. */
export const startSecondInstance = async (app: TestApp) => {
  const child = run(app, ['serve']);
  const { port } = JSON.parse(await firstLine(child)) as { port: number };
  return {
    http: () => request(`http://127.0.0.1:${port}`),
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
