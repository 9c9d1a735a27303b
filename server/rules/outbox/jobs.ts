import type { Db } from '../../db/database.ts';
import { today } from '../../dates.ts';
import { queueReminders } from './reminders.ts';
import { sendQueued } from './sender.ts';
import type { Transport } from './transport.ts';

export const REMINDERS_EVERY_MS = 60 * 60 * 1000;
export const SENDER_EVERY_MS = 30 * 1000;

/**
 * The running server's outbox jobs: the reminders hourly (and once at start), the sender every
 * 30 s. Timers are unref'd (they never keep the process alive); a run never overlaps the previous
 * one. Returns `stop`, which waits for a run in progress to finish.
 */
export function startOutboxJobs(db: Db, transport: Transport, log: (message: string, error?: unknown) => void) {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const run = (name: string, job: () => Promise<unknown>) => {
    if (stopped) return;
    running = running.then(job).catch((error: unknown) => log(`Outbox: ${name} failed`, error));
  };
  const remind = () =>
    run('reminders', async () => {
      const counts = await queueReminders(db, today());
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      if (total) log(`Outbox: queued ${total} reminders (${JSON.stringify(counts)})`);
    });
  const send = () =>
    run('sender', async () => {
      const summary = await sendQueued(db, transport, { limit: 200 });
      if (summary.sent || summary.retrying || summary.failed) log(`Outbox: sent ${summary.sent}, retrying ${summary.retrying}, failed ${summary.failed} via ${transport.description}`);
    });
  const timers = [setInterval(remind, REMINDERS_EVERY_MS), setInterval(send, SENDER_EVERY_MS)];
  for (const timer of timers) timer.unref();
  remind();
  send();
  return async () => {
    stopped = true;
    for (const timer of timers) clearInterval(timer);
    await running;
  };
}
