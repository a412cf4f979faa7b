// Child processes of a benchmark run: started with a deadline, logged to files, measured
// through /proc, and all killed when the run ends, fails or is interrupted.
const { fork } = require('child_process');
const fs = require('fs');
const { freePort } = require('../scripts/lib/free-port');

const children = new Set();
const cleanups = [];

/** Resident memory of a process in bytes (VmRSS), or undefined once it has gone. */
const rssOf = (pid) => {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
};

/** Forks a Node script with an IPC channel and its output in `logFile`; killed when the run ends. */
const forkLogged = (script, args, { env, logFile }) => {
  const log = fs.openSync(logFile, 'w');
  const child = fork(script, args, { env, stdio: ['ignore', log, log, 'ipc'] });
  fs.closeSync(log);
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
};

/**
 * Forks a Node script; its output goes straight to `logFile` (not through this process, which
 * is busy generating load). Resolves on its first message of type `readyType`.
 */
const startChild = (script, args, { env, logFile, timeoutMs = 120_000, readyType = 'ready' }) => {
  const child = forkLogged(script, args, { env, logFile });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} was not ready within ${timeoutMs / 1000} s (see ${logFile})`));
    }, timeoutMs);
    child.on('message', (message) => {
      if (message?.type !== readyType) return;
      clearTimeout(timer);
      resolve({ child, pid: child.pid, ...message });
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (${signal ?? code}) before it was ready (see ${logFile})`));
    });
  });
};

/** Runs a script to completion within a deadline; rejects on a non-zero exit. */
const runChild = (script, args, { env, logFile, timeoutMs }) =>
  new Promise((resolve, reject) => {
    const child = forkLogged(script, args, { env, logFile });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${script} ${args.join(' ')} failed (${signal ?? `exit ${code}`}); see ${logFile}`));
    });
  });

/** Asks a child to stop, and kills it if it has not within `graceMs`. */
const stopChild = (child, graceMs = 10_000) =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });

/** Sends a message to a child and resolves with its first reply of type `replyType`. */
const request = (child, message, replyType, timeoutMs = 10_000) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No ${replyType} reply within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (reply) => {
      if (reply?.type !== replyType) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(reply);
    };
    child.on('message', onMessage);
    child.send(message);
  });

/**
 * The end of a script forked by a run (a seeder, a checker): exit 0 when `main` resolves, 1
 * when it fails or when the run that forked it has gone (its work is then of no use).
 */
const runForked = (main) => {
  process.on('disconnect', () => process.exit(1));
  main().then(
    () => process.exit(0),
    (error) => {
      // Knex puts the whole failed statement in the message: megabytes for a bulk insert.
      console.error(String(error.stack ?? error).slice(0, 3000));
      process.exit(1);
    }
  );
};

/** Registers async work to run before exit (e.g. stopping PostgreSQL). */
const onCleanup = (work) => cleanups.push(work);

const killAll = () => {
  for (const child of children) child.kill('SIGKILL');
};

/** Kills every child on any way out: normal exit, Ctrl-C, SIGTERM, or a crash. */
const installCleanup = () => {
  let shuttingDown = false;
  const shutdown = async (code) => {
    if (!shuttingDown) {
      shuttingDown = true;
      // Work still running meets servers going away; nothing it throws now may stop the cleanup.
      process.on('uncaughtException', () => undefined);
      process.on('unhandledRejection', () => undefined);
    }
    killAll();
    for (const work of cleanups.splice(0).reverse()) await work().catch(() => undefined);
    process.exit(code);
  };
  process.on('SIGINT', () => shutdown(130));
  process.on('SIGTERM', () => shutdown(143));
  process.on('exit', killAll);
  return shutdown;
};

module.exports = { freePort, rssOf, forkLogged, startChild, runChild, runForked, stopChild, request, onCleanup, installCleanup };
