import { spawn, type ChildProcess } from 'child_process';
import { once } from 'events';
import fs from 'fs';
import { freePort } from '../../scripts/lib/free-port';

const REDIS_SERVER = process.env.REDIS_SERVER_PATH || '/usr/bin/redis-server';

const untilReady = (child: ChildProcess) =>
  new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)));
  });

/**
 * A throwaway redis-server for one test file: a private port on the loopback, nothing written
 * to disk, killed after the last test. `env` holds REDIS_URL once it runs: hand it to
 * useTestApp, declared after this. Whether the file runs at all is decided in tests/setup/selection.js.
 */
export const useRedisServer = () => {
  if (!fs.existsSync(REDIS_SERVER)) {
    throw new Error(`These tests need redis-server at ${REDIS_SERVER}: install it with "apt-get install redis-server".`);
  }
  const env: Record<string, string> = {};
  let port = 0;
  let child: ChildProcess | undefined;

  const start = async () => {
    child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await untilReady(child);
  };
  const kill = async () => {
    if (!child || child.exitCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  };

  beforeAll(async () => {
    port = await freePort();
    env.REDIS_URL = `redis://127.0.0.1:${port}`;
    await start();
  });
  afterAll(kill);
  return { env, kill, restart: start };
};
