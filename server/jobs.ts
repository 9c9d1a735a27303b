/** Where background jobs log: a line, and the error when one failed. */
export type JobLog = (message: string, error?: unknown) => void;

/** A background job of the server process: run at start, then every `everyMs`. */
export interface Job {
  /** For the log ("Outbox: sender failed"). */
  name: string;
  everyMs: number;
  run(): Promise<void>;
}

/**
 * Runs the server's background jobs, in ONE process only (OUTBOX_DISABLED=1 in the others): each
 * at start and then at its interval, one at a time in the order given (a run never overlaps
 * another, so a payment's receipt queued by auto-pay goes out with the sender's next run). Timers
 * are unref'd (they never keep the process alive). Returns `stop`, which waits for a run in
 * progress to finish.
 */
export function startJobs(jobs: Job[], log: JobLog): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const run = (job: Job) => {
    if (stopped) return;
    running = running.then(() => job.run()).catch((error: unknown) => log(`${job.name} failed`, error));
  };
  const timers = jobs.map((job) => setInterval(() => run(job), job.everyMs));
  for (const timer of timers) timer.unref();
  for (const job of jobs) run(job);
  return async () => {
    stopped = true;
    for (const timer of timers) clearInterval(timer);
    await running;
  };
}
