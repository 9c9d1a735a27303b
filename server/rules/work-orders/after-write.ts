import type { WriteContext } from '../../rest/logged-write.ts';
import { applyCompletion } from './complete.ts';
import { rateIfRecordedLate } from './recorded-late.ts';
import { followEquipment } from './equipment.ts';
import { queueAppointmentEmails } from './appointment-email.ts';

type Row = Record<string, unknown>;

/**
 * After a work order is created or edited, in the same transaction: a walk-in recorded done (the
 * resource's check stored it completed) updates the devices and calibration dates as a completion
 * does, with the center's stock for a handheld exchange (nothing ships for work already done);
 * recorded more than a day after its end is a compliance exception (the center is rated again);
 * other orders get their equipment reserved, released or reshipped; and the centers hear about
 * their new and changed appointments.
 */
export async function afterWorkOrderWrite(ctx: WriteContext, action: 'create' | 'update', before: Row | undefined, after: Row) {
  if (action === 'create' && after.status === 'completed') {
    const now = new Date();
    await applyCompletion(ctx, after, String(after.completedAt).slice(0, 10), now);
    await rateIfRecordedLate(ctx, after, now);
  } else await followEquipment(ctx, action, before, after);
  await queueAppointmentEmails(ctx, before, after);
}
