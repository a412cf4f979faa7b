import { fork, type ChildProcess } from 'child_process';
import path from 'path';

const script = path.join(__dirname, 'restartable-postgres-entry.js');

type Reply = { url?: string; done?: string };

const nextReply = (child: ChildProcess) =>
  new Promise<Reply>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`The test PostgreSQL process exited with ${code}`));
    child.once('exit', onExit);
    child.once('message', (reply: Reply) => {
      child.off('exit', onExit);
      resolve(reply);
    });
  });

/**
 * A PostgreSQL server of one test file's own, which the test may stop (fast shutdown) and
 * start again on the same port and data; the suite's shared server stays up for other files.
 */
export const startRestartablePostgres = async () => {
  const child = fork(script, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const { url } = await nextReply(child);
  const ask = async (action: 'halt' | 'resume' | 'stop') => {
    const reply = nextReply(child);
    child.send({ action });
    await reply;
  };
  return {
    url: url!,
    halt: () => ask('halt'),
    resume: () => ask('resume'),
    stop: () => ask('stop'),
  };
};
