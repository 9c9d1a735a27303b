import type { Db } from '../../db/database.ts';
import { today } from '../../dates.ts';
import type { Job, JobLog } from '../../jobs.ts';
import type { PaymentGateway } from './gateway.ts';
import { runAutoPay } from './auto-pay.ts';

export const AUTO_PAY_EVERY_MS = 60 * 60 * 1000;

/** Auto-pay's job (for `startJobs`, before the outbox's so that its receipts go out with the next send): hourly, charging what is due today. */
export function paymentJobs(db: Db, gateway: PaymentGateway, log: JobLog): Job[] {
  return [
    {
      name: 'Auto-pay',
      everyMs: AUTO_PAY_EVERY_MS,
      run: async () => {
        const counts = await runAutoPay(db, gateway, today(), { log });
        if (Object.values(counts).some(Boolean)) log(`Auto-pay: ${counts.paid} paid, ${counts.declined} declined, ${counts.nothingOwed} with nothing owed, ${counts.failed} failed via ${gateway.description}`);
      },
    },
  ];
}
