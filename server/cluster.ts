import cluster, { type Worker } from 'node:cluster';

/** The environment variable naming the short-lived worker that prepares the start (build, migrations, demo data) before any serves. */
export const PREPARE_WORKER = 'INTERLOCK_PREPARE';

/** The environment variable naming the worker that runs the background jobs (outbox, reminders): exactly one at a time. */
export const JOBS_WORKER = 'INTERLOCK_JOBS';

/**
 * The primary process of a multi-process server: starts `count` workers sharing the port (Node's
 * cluster hands connections to them in turn), the first of them running the background jobs;
 * restarts a worker that dies (the replacement takes over its jobs); on SIGINT/SIGTERM asks every
 * worker to stop and exits when they have. Start-up (migrations, demo data) has run before, once.
 * `onListening` runs once, when the first `count` workers listen.
 */
export function superviseWorkers(
  count: number,
  { runJobs, log, onListening }: { runJobs: boolean; log: (message: string) => void; onListening: () => void },
): void {
  let stopping = false;
  let listening = 0;
  cluster.on('listening', () => {
    if (++listening === count) onListening();
  });
  // A worker that dies before it listens is failing to start (a bad setting, a database it cannot
  // open): the supervisor stops instead of restarting it in a loop. One that dies later, however
  // soon, is replaced.
  const roles = new Map<Worker, { jobs: boolean; listening: boolean }>();
  const fork = (jobs: boolean) => {
    const worker = cluster.fork({ [JOBS_WORKER]: jobs ? '1' : '0' });
    const role = { jobs, listening: false };
    roles.set(worker, role);
    worker.once('online', () => log(`worker ${worker.process.pid} started${jobs ? ' (runs the background jobs)' : ''}`));
    worker.once('listening', () => (role.listening = true));
  };
  cluster.on('exit', (worker, code, signal) => {
    const role = roles.get(worker);
    roles.delete(worker);
    if (stopping) {
      if (roles.size === 0) process.exit();
      return;
    }
    log(`worker ${worker.process.pid} died (${signal ?? `exit ${code}`}): starting another`);
    if (role && !role.listening && code !== 0) {
      log('it died while starting: stopping the server');
      stopping = true;
      for (const other of roles.keys()) other.kill('SIGTERM');
      process.exitCode = 1;
      if (roles.size === 0) process.exit();
      return;
    }
    fork(role?.jobs ?? false);
  });
  for (let i = 0; i < count; i++) fork(runJobs && i === 0);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopping = true;
      for (const worker of roles.keys()) worker.kill('SIGTERM');
    });
  }
}
