import type { Transaction } from '../db/database.ts';
import type { WriteContext } from '../rest/logged-write.ts';
import { ratingJob } from '../auth/job-actor.ts';
import { recomputeCenterRating } from './rating.ts';

/**
 * Rates a center again, in the caller's transaction, right after something its rating counts was
 * recorded (a complaint, a compliance exception): the server's own write, whoever recorded it.
 */
export async function rateAfterRecord(trx: Transaction, serviceCenterId: number, reason: string, now = new Date()): Promise<void> {
  await recomputeCenterRating(ratingJob(trx), serviceCenterId, reason, now);
}

/** After a complaint is written (its afterWrite): a new one counts in the center's rating at once. */
export async function rateAfterComplaint(ctx: WriteContext, action: 'create' | 'update', _before: unknown, after: Record<string, unknown>): Promise<void> {
  if (action === 'create') await rateAfterRecord(ctx.trx, Number(after.serviceCenterId), `after complaint ${String(after.id)}`);
}
