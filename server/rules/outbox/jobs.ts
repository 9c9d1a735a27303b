import type { Db } from '../../db/database.ts';
import { today } from '../../dates.ts';
import type { Job, JobLog } from '../../jobs.ts';
import { queueReminders } from './reminders.ts';
import { sendQueued } from './sender.ts';
import type { Transport } from './transport.ts';

export const REMINDERS_EVERY_MS = 60 * 60 * 1000;
export const SENDER_EVERY_MS = 30 * 1000;

/** The outbox's jobs (for `startJobs`): the reminders hourly, the sender every 30 s. */
export function outboxJobs(db: Db, transport: Transport, log: JobLog): Job[] {
  return [
    {
      name: 'Outbox: reminders',
      everyMs: REMINDERS_EVERY_MS,
      run: async () => {
        const counts = await queueReminders(db, today());
        const total = Object.values(counts).reduce((a, b) => a + b, 0);
        if (total) log(`Outbox: queued ${total} reminders (${JSON.stringify(counts)})`);
      },
    },
    {
      name: 'Outbox: sender',
      everyMs: SENDER_EVERY_MS,
      run: async () => {
        const summary = await sendQueued(db, transport, { limit: 200 });
        if (summary.sent || summary.retrying || summary.failed) log(`Outbox: sent ${summary.sent}, retrying ${summary.retrying}, failed ${summary.failed} via ${transport.description}`);
      },
    },
  ];
}
